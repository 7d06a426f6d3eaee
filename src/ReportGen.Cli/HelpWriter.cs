using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;

namespace ReportGen.Cli;

/// <summary>
/// The Chinese help of <c>reportgen</c> and of each command. System.CommandLine's own help is not used:
/// its zh-Hans resources translate only some of its strings ("Show help and usage information",
/// "[options]", "Description:" stay English) and its help builder cannot be changed in 3.0, so the help
/// is written here from the same symbols the parser uses, whatever the machine's locale.
/// </summary>
internal static class HelpWriter
{
    public const string Program = "reportgen";

    public static void Write(Command command, TextWriter output)
    {
        var text = new StringBuilder();
        if (command is CliSyntax syntax)
        {
            WriteCommand(syntax, text);
        }
        else
        {
            WriteRoot(command, text);
        }
        output.Write(text.ToString());
    }

    /// <summary>The line after a usage error: where to read the usage.</summary>
    public static string Hint(Command command) => command is CliSyntax
        ? $"运行 {Program} {command.Name} --help 查看该命令的用法和示例。"
        : $"运行 {Program} --help 查看全部命令。";

    private static void WriteRoot(Command root, StringBuilder text)
    {
        text.AppendLine($"{Program} — {root.Description}");
        text.AppendLine();
        text.AppendLine("用法：");
        text.AppendLine($"  {Program} <命令> [参数] [选项]");
        text.AppendLine($"  {Program} <命令> --help      查看该命令的用法和示例");
        text.AppendLine();
        text.AppendLine("命令：");
        WriteRows(text, root.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")));
        text.AppendLine();
        text.AppendLine("选项：");
        WriteRows(text, OptionRows(root));
        text.AppendLine();
        text.AppendLine("常用步骤：");
        text.AppendLine($"  1. {Program} import 公开表.xlsx --out data       由预算系统导出的公开表生成数据文件");
        text.AppendLine($"  2. {Program} validate data/                      检查数据，按提示改正");
        text.AppendLine($"  3. {Program} build data/ --out output            生成 Word 和 PDF");
        text.AppendLine();
        text.AppendLine("退出码：0 成功；1 有数据错误或有文档生成失败；2 用法错误、文件无法读取或没有找到输入文件；130 被 Ctrl+C 中断。");
        text.AppendLine("选项写在要处理的文件之前；文件名以 - 开头时，在它前面加 -- （例如 reportgen build --out output -- -x.json）。");
    }

    private static void WriteCommand(CliSyntax command, StringBuilder text)
    {
        text.AppendLine($"{Program} {command.Name} — {command.Description}");
        text.AppendLine();
        text.AppendLine("用法：");
        foreach (var line in command.UsageLines)
        {
            text.AppendLine($"  {Program} {line}");
        }
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        if (arguments.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("参数：");
            WriteRows(text, arguments.Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? "")));
        }
        text.AppendLine();
        text.AppendLine("选项：");
        WriteRows(text, OptionRows(command));
        if (command.Examples.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("示例：");
            foreach (var (what, line) in command.Examples)
            {
                text.AppendLine($"  {what}：");
                text.AppendLine($"    {Program} {line}");
            }
        }
        if (command.Notes.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("说明：");
            foreach (var note in command.Notes)
            {
                text.AppendLine($"  {note}");
            }
        }
    }

    /// <summary>The command's own options, then the inherited ones (--help).</summary>
    private static IEnumerable<(string, string)> OptionRows(Command command)
    {
        var inherited = command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive);
        foreach (var option in command.Options.Concat(inherited).Where(o => !o.Hidden).Distinct())
        {
            var names = string.Join(", ", option.Aliases.OrderBy(a => a.Length).Append(option.Name));
            var value = option.Arity.MaximumNumberOfValues > 0 && option.HelpName is { } helpName ? $" <{helpName}>" : "";
            yield return (names + value, option.Description ?? "");
        }
    }

    /// <summary>Two columns aligned by display width (a Chinese character takes two columns).</summary>
    private static void WriteRows(StringBuilder text, IEnumerable<(string First, string Second)> rows)
    {
        var list = rows.ToList();
        var width = list.Count == 0 ? 0 : list.Max(r => DisplayWidth(r.First));
        foreach (var (first, second) in list)
        {
            var lines = second.Split('\n');
            text.Append("  ").Append(first).Append(' ', width - DisplayWidth(first) + 2).AppendLine(lines[0]);
            foreach (var more in lines.Skip(1))
            {
                text.Append(' ', width + 4).AppendLine(more);
            }
        }
    }

    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
                or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
                ? 2 : 1;
        }
        return width;
    }
}

/// <summary>--help, -h and -? on every command: the Chinese help on standard output, exit 0 (even after other mistakes on the line).</summary>
internal sealed class ChineseHelpAction : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        HelpWriter.Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return ExitCodes.Ok;
    }
}

/// <summary>--version: the same line as <c>reportgen version</c>.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine($"{HelpWriter.Program} {Commands.VersionCommand.ToolVersion}");
        return ExitCodes.Ok;
    }
}
