using System.Reflection;
using ReportGen.Core.Documents;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;

namespace ReportGen.Docx.Tests;

/// <summary>Documents made by the default templates: the reference department, generated departments.</summary>
internal static class RealDocuments
{
    private static readonly string Root = typeof(RealDocuments).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    private static readonly Lazy<TemplateRenderer> Templates = new(() =>
    {
        var set = TemplateSet.Load(Path.Combine(Root, "templates"), "templates");
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        return new TemplateRenderer(set);
    });

    public static Document Reference() => FromFile(Path.Combine(Root, "data", "yubei-zwfw-2024.json"));

    public static Document FromFile(string path)
    {
        var loaded = BudgetLoader.Load(path);
        Assert.True(loaded.Report is not null, string.Join("\n", loaded.Diagnostics));
        return Render(loaded.Report!);
    }

    public static Document Render(BudgetReport report)
    {
        var result = Templates.Value.Render(report);
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }

    public static string TestFile(string project, string name) => Path.Combine(Root, "tests", project, "TestFiles", name);
}
