using System.Globalization;
using ReportGen.Templating.Functions;
using ReportGen.Templating.Markup;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportGen.Templating.Hosting;

/// <summary>
/// The Scriban context of one render: strict (undefined variables and members are errors), with loop
/// and recursion limits, the invariant culture, the document's <see cref="FormatSettings"/> for the
/// domain functions, escaping of printed values (data can never turn into markup) and a record of
/// where every piece of output came from.
/// </summary>
internal sealed class ReportTemplateContext : TemplateContext
{
    private SourceSpan? _printing;
    private SourceSpan? _statement;

    public ReportTemplateContext(FormatSettings settings, TemplateLimits limits)
    {
        Settings = settings;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableNullIndexer = false;
        AutoIndent = false;
        LoopLimit = limits.LoopLimit;
        RecursiveLimit = limits.RecursiveLimit;
        NewLine = "\n";
        PushCulture(CultureInfo.InvariantCulture);
        Output = new RecordingOutput(CurrentOrigin);
        PushOutput(Output);
    }

    public FormatSettings Settings { get; }

    /// <summary>The 功能分类 tree <c>func_label</c> looks codes up in.</summary>
    public IReadOnlyList<ReportGen.Core.Model.FunctionalItem> Functional { get; init; } = [];

    public new RecordingOutput Output { get; }

    /// <summary>Prints a value: markup as it is, anything else escaped.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var text = textAsObject is MarkupText markup
            ? markup.Text
            : MarkupEscaping.Escape(ObjectToString(textAsObject, false) ?? "");
        _printing = span;
        try
        {
            return base.Write(span, text);
        }
        finally
        {
            _printing = null;
        }
    }

    /// <summary>
    /// Remembers the last <c>{{ … }}</c> statement evaluated: its enclosing block prints the value right
    /// after it returns, passing the block's span to <see cref="Write"/> rather than the statement's.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptExpressionStatement)
        {
            _statement = scriptNode.Span;
        }
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    private TemplateOrigin? CurrentOrigin()
    {
        if (_printing is { } printed)
        {
            var span = _statement ?? printed;
            return new TemplateOrigin(span.FileName ?? "", span.Start.Offset, Raw: false);
        }
        if (CurrentNode is ScriptRawStatement raw && raw.Text is { } slice)
        {
            return new TemplateOrigin(raw.Span.FileName ?? "", slice.Index, Raw: true);
        }
        var current = CurrentSpan;
        return current.FileName is null ? null : new TemplateOrigin(current.FileName, current.Start.Offset, Raw: false);
    }
}

/// <summary>Limits that stop a runaway template.</summary>
public sealed record TemplateLimits
{
    /// <summary>Maximum iterations of one loop.</summary>
    public int LoopLimit { get; init; } = 10_000;

    /// <summary>Maximum depth of function calls and includes.</summary>
    public int RecursiveLimit { get; init; } = 64;

    public static TemplateLimits Default { get; } = new();
}
