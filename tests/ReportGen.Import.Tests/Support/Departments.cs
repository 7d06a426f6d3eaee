using ReportGen.Core.Documents;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;

namespace ReportGen.Import.Tests.Support;

/// <summary>The reference department, sample departments, and their documents through the default templates.</summary>
internal static class Departments
{
    private static readonly Lazy<TemplateRenderer> Renderer = new(() =>
    {
        var set = TemplateSet.Load(Repo.Templates, "templates");
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        return new TemplateRenderer(set);
    });

    private static readonly Lazy<BudgetReport> ReferenceReport = new(() => Load(Repo.ReferenceData));

    public static BudgetReport Reference => ReferenceReport.Value;

    public static BudgetReport Load(string path)
    {
        var loaded = BudgetLoader.Load(path);
        Assert.True(loaded.Report is not null, string.Join("\n", loaded.Diagnostics));
        return loaded.Report!;
    }

    public static BudgetReport Sample(int index) => Core.Sampling.SampleGenerator.Generate(seed: 7, index);

    public static Document Document(BudgetReport report)
    {
        var result = Renderer.Value.Render(report);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    public static string Text(BudgetReport report) => PlainTextWriter.Write(Document(report));
}
