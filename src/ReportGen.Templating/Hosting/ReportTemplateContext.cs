using System.Collections.Concurrent;
using System.Globalization;
using ReportGen.Templating.Functions;
using ReportGen.Templating.Markup;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
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
        // Scriban cuts a long value at 1 MB with "..." and no error; values are never cut here, the
        // output as a whole has its own limit, and reaching it is an error.
        LimitToString = 0;
        NewLine = "\n";
        PushCulture(CultureInfo.InvariantCulture);
        Output = new RecordingOutput(CurrentOrigin, limits.OutputLimit, () => CurrentSpan);
        PushOutput(Output);
        Sandbox.Apply(BuiltinObject);
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

    /// <summary>
    /// The member accessors of the .NET types the templates read (the view model), made once per process
    /// and shared by every render, on every thread. Scriban caches them per context, and a context lives
    /// for one department: each department then built new accessors over new reflection objects, and once
    /// a collection had freed the old ones (the runtime keeps its reflection cache of a type only while
    /// something refers to it) every property getter needed a new invoke stub, compiled by the JIT — about
    /// 150 getters recompiled after each gen1 collection, 2,400 compilations in a 100-department batch
    /// (docs/performance.md). An accessor depends only on the type and on the context's member filter,
    /// renamer and key comparer, which no <see cref="ReportTemplateContext"/> changes, and it is read-only
    /// once made.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> SharedAccessors = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is IScriptObject
            ? base.GetMemberAccessorImpl(target)
            : SharedAccessors.GetOrAdd(target.GetType(), (_, t) => base.GetMemberAccessorImpl(t), target);

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

/// <summary>
/// Limits that stop a runaway template (an endless loop, endless output). They scale with the
/// department's data, so that no legitimate document — however many projects or 功能分类 items it has,
/// however long a text — ever reaches them; reaching one is an error, never a cut document.
/// </summary>
public sealed record TemplateLimits
{
    /// <summary>Iterations of one loop statement, nested loops included (Scriban's LoopLimit; also bounds ranges).</summary>
    public int LoopLimit { get; init; } = BaseLoopLimit;

    /// <summary>Maximum depth of function calls and includes.</summary>
    public int RecursiveLimit { get; init; } = 64;

    /// <summary>Characters the entry template may produce in all.</summary>
    public long OutputLimit { get; init; } = BaseOutputLimit;

    /// <summary>Raise the limits in proportion to the department's data (<see cref="ScaledTo"/>); false keeps them as given (tests).</summary>
    public bool ScaleWithData { get; init; } = true;

    public static TemplateLimits Default { get; } = new();

    private const int BaseLoopLimit = 10_000;
    private const long BaseOutputLimit = 16L * 1024 * 1024;

    /// <summary>Loop iterations allowed per object of the data (a row of a table runs a few short loops over columns).</summary>
    private const int LoopsPerObject = 200;

    /// <summary>Output characters allowed per character of the data (each value is printed a few times, in text and tables, with markup).</summary>
    private const int OutputPerDataChar = 100;

    /// <summary>These limits, raised in proportion to the size of <paramref name="report"/>.</summary>
    public TemplateLimits ScaledTo(ReportGen.Core.Model.BudgetReport report)
    {
        if (!ScaleWithData)
        {
            return this;
        }
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(report, ReportGen.Core.Loading.BudgetJson.Options);
        var objects = json.Count(b => b == (byte)'{');
        return this with
        {
            LoopLimit = (int)Math.Min(int.MaxValue, LoopLimit + (long)LoopsPerObject * objects),
            OutputLimit = OutputLimit + (long)OutputPerDataChar * json.Length,
        };
    }
}
