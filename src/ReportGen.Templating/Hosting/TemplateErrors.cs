using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportGen.Templating.Hosting;

/// <summary>
/// Turns Scriban's parse and runtime errors into diagnostics a template editor can act on:
/// "templates/&lt;file&gt;:line:col", a Chinese message (Scriban's own text kept where no translation
/// exists) and the offending source line.
/// </summary>
internal static partial class TemplateErrors
{
    public static Diagnostic FromParser(TemplateFile file, LogMessage message)
    {
        var severity = message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning;
        if (MissingEnd().Match(message.Message) is { Success: true } m)
        {
            // Scriban points at the end of the file; point at the block that is left open.
            var (line, column) = UnclosedBlock.Find(file.Text) is { } open
                ? (open.Line, open.Column)
                : (message.Span.Start.Line + 1, message.Span.Start.Column + 1);
            return At(file, line, column, $"模板语法错误：{m.Groups[1].Value} 语句缺少对应的 {{{{ end }}}}", severity, "template-syntax");
        }
        return At(file, message.Span.Start.Line + 1, message.Span.Start.Column + 1, "模板语法错误：" + message.Message, severity, "template-syntax");
    }

    public static Diagnostic FromRuntime(TemplateSet set, ScriptRuntimeException e)
    {
        var message = Translate(e.OriginalMessage);
        var file = set.Find(e.Span.FileName ?? "");
        if (file is null)
        {
            return new Diagnostic(Severity.Error, e.Span.FileName ?? TemplateSet.EntryName, null, message) { Rule = "template-runtime" };
        }
        return At(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, message, Severity.Error, "template-runtime");
    }

    public static Diagnostic At(TemplateFile file, int line, int column, string message, Severity severity, string rule) =>
        new(severity, file.DisplayPath, null, message)
        {
            Line = line,
            Column = column,
            SourceLine = file.Line(line),
            Rule = rule,
        };

    /// <summary>Chinese wording of the runtime errors a template editor meets most.</summary>
    internal static string Translate(string message)
    {
        if (VariableNotFound().Match(message) is { Success: true } v)
        {
            return $"变量或函数“{v.Groups[1].Value}”未定义";
        }
        if (MemberNotFound().Match(message) is { Success: true } m)
        {
            return $"对象没有成员“{m.Groups[1].Value}”";
        }
        if (LoopLimit().Match(message) is { Success: true } l)
        {
            return $"循环次数超过上限 {l.Groups[1].Value}（上限已按本部门的数据量放大，正常的模板不会达到）：模板可能陷入了无休止的循环";
        }
        if (RecursionLimit().Match(message) is { Success: true } r)
        {
            return $"递归（或 include）深度超过上限 {r.Groups[1].Value}";
        }
        if (ArgumentCount().Match(message) is { Success: true } a)
        {
            return $"函数“{a.Groups[2].Value}”的参数个数不对：给了 {a.Groups[1].Value} 个，需要 {a.Groups[3].Value} 个";
        }
        if (message.StartsWith("生成的文本超过上限", StringComparison.Ordinal) || message.StartsWith("模板不能使用", StringComparison.Ordinal))
        {
            return message;
        }
        return "模板运行错误：" + message;
    }

    [GeneratedRegex(@"Error while parsing (\w+) statement: The <end> statement was not found")]
    private static partial Regex MissingEnd();

    [GeneratedRegex(@"The variable or function `([^`]*)` was not found")]
    private static partial Regex VariableNotFound();

    [GeneratedRegex(@"Cannot get member with name ([^\s.]+)")]
    private static partial Regex MemberNotFound();

    [GeneratedRegex(@"(?:LoopLimit|iteration limit) `(\d+)`")]
    private static partial Regex LoopLimit();

    [GeneratedRegex(@"recursive depth limit `(\d+)`")]
    private static partial Regex RecursionLimit();

    [GeneratedRegex(@"Invalid number of arguments `(\d+)` passed to `([^`]*)` while expecting `(\d+)`")]
    private static partial Regex ArgumentCount();
}
