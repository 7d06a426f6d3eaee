using System.Text;
using ReportGen.Core.Loading;
using ReportGen.Docx.Tests;
using ReportGen.Html.Tests.Support;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Html.Tests;

/// <summary>Text from the data is text in the page: markup characters in a department's name or district never become markup.</summary>
public sealed class EscapingTests
{
    private const string HostileName = "<script>alert(\"名\")</script>渝北区&政务办 'q'";
    private const string HostileDistrict = "渝北区\"><img src=x onerror=alert(1)>";

    private static readonly Lazy<Core.Documents.Document> Document = new(() =>
    {
        var json = File.ReadAllText(Repo.ReferenceData)
            .Replace("\"name\": \"重庆市渝北区政务服务管理办公室\"", "\"name\": " + System.Text.Json.JsonSerializer.Serialize(HostileName), StringComparison.Ordinal)
            .Replace("\"district\": \"渝北区\"", "\"district\": " + System.Text.Json.JsonSerializer.Serialize(HostileDistrict), StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-hostile-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        try
        {
            var loaded = BudgetLoader.Load(path);
            Assert.True(loaded.Report is not null, string.Join("\n", loaded.Diagnostics));
            Assert.Equal(HostileName, loaded.Report!.Department.Name);
            return RealDocuments.Render(loaded.Report);
        }
        finally
        {
            File.Delete(path);
        }
    });

    [Fact]
    public void Markup_in_the_data_stays_text_on_the_page()
    {
        var html = Rendered.Page(Document.Value);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&quot;名&quot;)&lt;/script&gt;渝北区&amp;政务办 &#39;q&#39;", html);
        var page = Rendered.Parse(html);
        Assert.Empty(page.QuerySelectorAll("script, img"));
        Assert.StartsWith(HostileName, page.Title);
        Assert.Equal(HostileName, page.QuerySelector("meta[name=author]")!.GetAttribute("content"));
        Assert.Equal(HostileName, page.QuerySelector("h1 > span")!.TextContent);
        Assert.Contains("部门全称：" + HostileName, page.QuerySelector(".t-lines")!.TextContent);
        // The district is in every table title, and so in the scroll boxes' names (an attribute).
        var box = page.QuerySelector("#table-1")!.ParentElement!;
        Assert.Equal("表一 2024年" + HostileDistrict + "部门收支预算总表", box.GetAttribute("aria-label"));
    }

    [Fact]
    public void Markup_in_the_data_stays_text_in_the_fragment()
    {
        var fragment = Rendered.Fragment(Document.Value);
        Assert.DoesNotContain("<script", fragment, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", fragment, StringComparison.OrdinalIgnoreCase);
        var pasted = Rendered.ParseFragment(fragment);
        Assert.Empty(pasted.Body!.QuerySelectorAll("script, img"));
        Assert.Equal(HostileName, pasted.QuerySelector("h1 > span")!.TextContent);
    }
}
