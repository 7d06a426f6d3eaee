using AngleSharp.Html.Dom;
using ReportGen.Core.Documents;
using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

/// <summary>The CMS fragment: the page's body content only, styled inline, the same text and tables.</summary>
public sealed class FragmentTests
{
    private static string Fragment => Rendered.ReferenceFragment.Value;

    private static readonly Lazy<IHtmlDocument> Pasted = new(() => Rendered.ParseFragment(Fragment));

    [Fact]
    public void The_fragment_has_no_document_parts_style_sheet_or_classes()
    {
        foreach (var part in new[] { "<!DOCTYPE", "<html", "<head", "<body", "<style", "<script", "<title", "<meta", " class=\"" })
        {
            Assert.DoesNotContain(part, Fragment, StringComparison.OrdinalIgnoreCase);
        }
        Assert.StartsWith("<div lang=\"zh-CN\">", Fragment);
        var body = Pasted.Value.Body!;
        Assert.Single(body.Children);
    }

    [Fact]
    public void The_fragment_reads_as_the_page_with_the_same_tables()
    {
        var page = Rendered.Parse(Rendered.ReferencePage.Value);
        Assert.Equal(HtmlGrid.Text(page.QuerySelector("main")!), HtmlGrid.Text(Pasted.Value.Body!));
        var tables = PageParts.Tables(Pasted.Value);
        var model = Rendered.Reference.Value.Blocks.OfType<Table>().ToList();
        Assert.Equal(model.Count, tables.Count);
        var general = model.Single(t => t.Number == "表五");
        var html = PageParts.TableNumbered(Pasted.Value, "表五");
        Assert.Equal(PageParts.Rows(PageParts.ModelGrid(general, general.HeaderRows)), PageParts.Rows(PageParts.HeaderGrid(html, 7)));
        Assert.Equal(PageParts.Rows(PageParts.ModelGrid(general, general.BodyRows)), PageParts.Rows(PageParts.BodyGrid(html, 7)));
        Assert.Equal("2", html.Head!.Rows[0].Cells[0].GetAttribute("colspan"));
        Assert.Equal("colgroup", html.Head.Rows[0].Cells[0].GetAttribute("scope"));
    }

    [Fact]
    public void Tables_carry_their_rules_alignment_and_widths_inline()
    {
        var html = PageParts.TableNumbered(Pasted.Value, "表五");
        Assert.Contains("border-collapse:collapse", html.GetAttribute("style"));
        Assert.All(html.QuerySelectorAll("th, td"), c => Assert.Contains("border:1px solid", c.GetAttribute("style")));
        var figure = html.Bodies[0].Rows[3].Cells[2];
        Assert.Equal("2,639,803.45", figure.TextContent);
        Assert.Contains("text-align:right", figure.GetAttribute("style"));
        Assert.Contains("white-space:nowrap", figure.GetAttribute("style"));
        var widths = html.QuerySelectorAll("col").Select(c => decimal.Parse(c.GetAttribute("style")!["width:".Length..^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(7, widths.Count);
        Assert.InRange(widths.Sum(), 99.9m, 100.1m);
        // Each table scrolls sideways in a box of its own, which a keyboard can reach and a screen reader names.
        var box = html.ParentElement!;
        Assert.Contains("overflow-x:auto", box.GetAttribute("style"));
        Assert.Equal("0", box.GetAttribute("tabindex"));
        Assert.Equal("表五 2024年渝北区部门一般公共预算财政拨款支出预算表", box.GetAttribute("aria-label"));
    }
}
