using ReportGen.Core.Model;
using ReportGen.Templating.Functions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating.Hosting;

/// <summary>
/// Renders a short template text with the domain functions and returns the raw markup output:
/// what the documentation's examples show and the tests run.
/// </summary>
internal static class SnippetRenderer
{
    private static readonly ScriptObject Library = FunctionLibrary.Create(null);

    public static string Render(string source, FormatSettings settings, IReadOnlyList<FunctionalItem>? functional = null)
    {
        var template = Template.Parse(source, "snippet.sbn");
        if (template.HasErrors)
        {
            throw new InvalidOperationException(string.Join("; ", template.Messages));
        }
        var context = new ReportTemplateContext(settings, TemplateLimits.Default) { Functional = functional ?? [] };
        context.PushGlobal(Library);
        context.PushGlobal(new ScriptObject());
        if (template.Page is { } page)
        {
            context.Evaluate(page);
        }
        return context.Output.Text;
    }
}
