using System.Text.Json.Nodes;
using ReportGen.Core.Documents;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Templating.Hosting;

namespace ReportGen.Templating.Tests.Support;

/// <summary>Loads data and renders it through the default template set (parsed once for all tests).</summary>
internal static class Build
{
    private static readonly Lazy<TemplateRenderer> Default = new(() =>
    {
        var set = TemplateSet.Load(Repo.Templates, "templates");
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        return new TemplateRenderer(set);
    });

    public static TemplateRenderer Renderer => Default.Value;

    public static JsonObject ReferenceJson() => (JsonObject)JsonNode.Parse(File.ReadAllText(Repo.ReferenceData))!;

    public static BudgetReport Load(JsonNode json, string name = "test.json")
    {
        var loaded = BudgetLoader.Parse(json.ToJsonString(), name);
        Assert.True(loaded.Report is not null, string.Join("\n", loaded.Diagnostics));
        return loaded.Report!;
    }

    public static Document Document(BudgetReport report)
    {
        var result = Renderer.Render(report);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    public static string Text(BudgetReport report) => PlainTextWriter.Write(Document(report));

    public static string Text(JsonNode json) => Text(Load(json));

    /// <summary>The body paragraphs of the narrative, as plain text.</summary>
    public static List<string> Paragraphs(JsonNode json) =>
        [.. Document(Load(json)).Blocks.OfType<Paragraph>().Select(p => p.Text)];

    /// <summary>The tables with the given number (表十七 occurs once per project).</summary>
    public static List<Table> Tables(JsonNode json, string number) =>
        [.. Document(Load(json)).Blocks.OfType<Table>().Where(t => t.Number == number)];
}
