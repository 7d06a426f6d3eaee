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

    /// <param name="prelude">Template text rendered first in the same context (e.g. helpers.sbn, whose functions the snippet may call); its output is dropped.</param>
    public static string Render(string source, FormatSettings settings, IReadOnlyList<FunctionalItem>? functional = null, string? prelude = null)
    {
        var template = Template.Parse(source, "snippet.sbn");
        if (template.HasErrors)
        {
            throw new InvalidOperationException(string.Join("; ", template.Messages));
        }
        var context = new ReportTemplateContext(settings, TemplateLimits.Default) { Functional = functional ?? [] };
        context.PushGlobal(Library);
        context.PushGlobal(new ScriptObject());
        var start = 0;
        if (prelude is not null)
        {
            var helpers = Template.Parse(prelude, "helpers.sbn");
            if (helpers.HasErrors)
            {
                throw new InvalidOperationException(string.Join("; ", helpers.Messages));
            }
            context.Evaluate(helpers.Page!);
            start = context.Output.Text.Length;
        }
        if (template.Page is { } page)
        {
            context.Evaluate(page);
        }
        return context.Output.Text[start..];
    }
}
