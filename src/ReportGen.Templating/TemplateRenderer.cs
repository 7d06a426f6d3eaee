using ReportGen.Core.Diagnostics;
using ReportGen.Core.Documents;
using ReportGen.Core.Model;
using ReportGen.Templating.Functions;
using ReportGen.Templating.Hosting;
using ReportGen.Templating.Markup;
using ReportGen.Templating.Views;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>The document made from one report, or the errors that prevented it.</summary>
public sealed record TemplateResult(Document? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Document is null || Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Renders reports through a template set: the view model and the domain functions go into a strict
/// Scriban context, the entry template's markup comes out, and the markup becomes a
/// <see cref="Document"/>. One instance serves a whole run (templates parsed and functions
/// registered once) and may be used from several threads.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>
    /// Held for the process so that the runtime keeps its reflection cache of <see cref="ReportView"/>:
    /// <c>ScriptObject.Import</c> reads the view's properties by reflection for every department, and
    /// without a reference the cache (with each getter's compiled invoke stub) was freed by the next
    /// collection and compiled again (see <c>ReportTemplateContext.SharedAccessors</c>).
    /// </summary>
    private static readonly System.Reflection.PropertyInfo[] ViewProperties = typeof(ReportView).GetProperties();

    private readonly ScriptObject _library;
    private readonly TemplateLimits _limits;

    public TemplateRenderer(TemplateSet templates, TemplateLimits? limits = null)
    {
        Templates = templates;
        _limits = limits ?? TemplateLimits.Default;
        _library = FunctionLibrary.Create(templates);
        // Read here so that the field is set (an unread static field's initialiser need never run).
        GC.KeepAlive(ViewProperties);
    }

    public TemplateSet Templates { get; }

    /// <summary>Builds the document of <paramref name="report"/>. Never returns a document when a template has an error.</summary>
    public TemplateResult Render(BudgetReport report)
    {
        if (Templates.HasErrors)
        {
            return new TemplateResult(null, Templates.Diagnostics);
        }
        var settings = FormatSettings.For(report, Templates.Numbers);
        // Classifications in code order; every figure the templates see rounded to what the document shows, once, consistently.
        var shown = DisplayRounding.Apply(CodeOrder.Apply(report), settings.Quantum);
        var context = new ReportTemplateContext(settings, _limits.ScaledTo(report)) { Functional = shown.Expenditure.Functional };
        var view = new ScriptObject();
        view.Import(ReportView.Create(shown), ScriptMemberImportFlags.Property, null, StandardMemberRenamer.Default);
        return Run(context, view);
    }

    /// <summary>Renders <paramref name="globals"/> (already imported) through the entry template.</summary>
    internal TemplateResult Run(ReportTemplateContext context, ScriptObject globals)
    {
        context.PushGlobal(_library);
        context.PushGlobal(globals);
        var entry = Templates.Entry;
        try
        {
            context.PushSourceFile(entry.Name);
            if (entry.Template.Page is { } page)
            {
                context.Evaluate(page);
            }
        }
        catch (ScriptRuntimeException e)
        {
            return new TemplateResult(null, [TemplateErrors.FromRuntime(Templates, e)]);
        }
        var text = context.Output.Text;
        var errors = new List<Diagnostic>();
        var document = MarkupParser.Parse(text, (offset, message) => errors.Add(MarkupError(context.Output.Map, text, offset, message)));
        return errors.Count > 0 ? new TemplateResult(null, errors) : new TemplateResult(document, []);
    }

    private Diagnostic MarkupError(SourceMap map, string text, int offset, string message)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, Math.Min(offset, text.Length) - 1)) + 1;
        var lineEnd = text.IndexOf('\n', lineStart);
        var generated = (lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd]).Trim();
        if (generated.Length > 80)
        {
            generated = generated[..80] + "…";
        }
        var full = $"{message}（生成的行：{generated}）";
        if (map.Locate(offset) is { } origin && Templates.Find(origin.File) is { } file)
        {
            var (line, column) = file.Position(origin.Offset);
            return TemplateErrors.At(file, line, column, full, Severity.Error, "template-markup");
        }
        return new Diagnostic(Severity.Error, Templates.Entry.DisplayPath, null, full) { Rule = "template-markup" };
    }
}
