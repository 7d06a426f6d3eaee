using AngleSharp.Html.Dom;
using ReportGen.Core.Documents;
using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests;

/// <summary>The reference department's page read back with a real HTML parser: language, title, headings, paragraphs, tables cell for cell.</summary>
public sealed class PageStructureTests
{
    private static readonly Lazy<IHtmlDocument> Page = new(() => Rendered.Parse(Rendered.ReferencePage.Value));

    private static Document Model => Rendered.Reference.Value;

    [Fact]
    public void The_page_has_its_language_title_and_viewport_and_loads_nothing_else()
    {
        var page = Page.Value;
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("重庆市渝北区政务服务管理办公室2024年部门预算情况说明", page.Title);
        Assert.Equal("utf-8", page.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Contains("width=device-width", page.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        Assert.Single(page.QuerySelectorAll("main"));
        Assert.Single(page.QuerySelectorAll("style"));
        // Self-contained: no script, no image (no text as pictures), nothing fetched.
        Assert.Empty(page.QuerySelectorAll("script, img, link, iframe, object"));
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void Headings_follow_the_document_levels_with_their_numbering_and_no_gaps()
    {
        var headings = Page.Value.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        Assert.Equal("H1", headings[0].TagName);
        Assert.Equal(["重庆市渝北区政务服务管理办公室", "2024年部门预算情况说明"], headings[0].Children.Select(c => c.TextContent));
        var modelHeadings = Model.Blocks.OfType<Heading>().ToList();
        Assert.Equal(modelHeadings.Select(h => h.FullText), headings.Skip(1).Select(h => h.TextContent));
        Assert.Equal(modelHeadings.Select(h => "H" + (h.Level + 1)), headings.Skip(1).Select(h => h.TagName));
        Assert.Contains(headings, h => h.TagName == "H4" && h.TextContent == "1.按支出属性说明");
        Assert.Contains(headings, h => h.TagName == "H3" && h.TextContent == "（一）职能职责");
        var previous = 1;
        foreach (var h in headings.Skip(1))
        {
            var level = h.TagName[1] - '0';
            Assert.True(level <= previous + 1, $"“{h.TextContent}” is h{level} after h{previous}");
            previous = level;
        }
        Assert.DoesNotContain(headings, h => h.TagName is "H5" or "H6");
    }

    [Fact]
    public void Every_paragraph_of_the_document_is_a_paragraph_of_the_page_with_its_inline_headings()
    {
        var main = Page.Value.QuerySelector("main")!;
        var paragraphs = main.Children.Where(e => e.TagName == "P").ToList();
        var model = Model.Blocks.OfType<Paragraph>().ToList();
        Assert.Equal(model.Select(p => p.Text), paragraphs.Select(p => p.TextContent));
        var income = paragraphs.Single(p => p.TextContent.StartsWith("（一）收入预算：", StringComparison.Ordinal));
        var inline = income.QuerySelector("strong")!;
        Assert.Equal("（一）收入预算：", inline.TextContent);
        Assert.Equal("run-h2", inline.ClassName);
        Assert.Equal("body", income.ClassName);
    }

    [Fact]
    public void Every_table_of_the_document_is_a_table_with_its_caption_and_every_cell_in_place()
    {
        var tables = PageParts.Tables(Page.Value);
        var model = Model.Blocks.OfType<Table>().ToList();
        Assert.Equal(model.Count, tables.Count);
        for (var i = 0; i < model.Count; i++)
        {
            var (t, html) = (model[i], tables[i]);
            var n = t.Columns.Count;
            var caption = HtmlGrid.Text(html.Caption!);
            foreach (var line in new[] { t.Number, t.Title, t.LeftCaption, t.RightCaption }.Concat(t.Subtitles).OfType<string>())
            {
                Assert.Contains(line, caption);
            }
            Assert.Equal(PageParts.Rows(PageParts.ModelGrid(t, t.HeaderRows)), PageParts.Rows(PageParts.HeaderGrid(html, n)));
            Assert.Equal(PageParts.Rows(PageParts.ModelGrid(t, t.BodyRows)), PageParts.Rows(PageParts.BodyGrid(html, n)));
            Assert.Equal(t.HeaderRows.Count > 0, html.Head is not null);
            var notes = html.ParentElement!.ParentElement!.QuerySelectorAll(".table-note").Select(e => e.TextContent);
            Assert.Equal(t.Notes, notes);
        }
    }

    [Fact]
    public void Merged_headers_of_table_5_and_table_10_keep_their_spans_and_scopes()
    {
        var general = PageParts.TableNumbered(Page.Value, "表五");
        Assert.Equal(
            ["th colgroup 1x2 功能分类科目", "th col 2x1 2023年预算数", "th colgroup 1x3 2024年预算数", "th col 2x1 2024年预算比2023年预算增幅%"],
            Describe(general.Head!.Rows[0]));
        Assert.Equal(
            ["th col 1x1 科目编码", "th col 1x1 科目名称", "th col 1x1 小计", "th col 1x1 基本支出", "th col 1x1 项目支出"],
            Describe(general.Head!.Rows[1]));

        var threePublic = PageParts.TableNumbered(Page.Value, "表十");
        Assert.Equal(3, threePublic.Head!.Rows.Length);
        Assert.Equal(["th colgroup 1x6 2024年预算数", "th colgroup 1x6 2023年预算数"], Describe(threePublic.Head.Rows[0]));
        string[] year = ["th col 2x1 合计", "th col 2x1 因公出国（境）费", "th colgroup 1x3 公务用车购置及运行费", "th col 2x1 公务接待费"];
        Assert.Equal([.. year, .. year], Describe(threePublic.Head.Rows[1]));
        string[] vehicles = ["th col 1x1 小计", "th col 1x1 公务用车购置费", "th col 1x1 公务用车运行费"];
        Assert.Equal([.. vehicles, .. vehicles], Describe(threePublic.Head.Rows[2]));
    }

    [Fact]
    public void Name_columns_are_row_headers_and_figures_are_right_aligned_data_cells()
    {
        var page = Page.Value;
        Assert.All(page.QuerySelectorAll("thead th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "colgroup" }));
        Assert.All(page.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));

        var general = PageParts.TableNumbered(page, "表五");
        var row = general.Bodies[0].Rows.Single(r => r.Cells[0].TextContent == "2010301");
        Assert.Equal(["th row 1x1 2010301", "th row 1x1 行政运行", "td - 1x1 2,639,803.45"], Describe(row).Take(3));
        Assert.Equal("r num", row.Cells[2].ClassName);
        Assert.Equal("indent-2", row.Cells[1].ClassName);
        var total = general.Bodies[0].Rows[0];
        Assert.Equal("total", total.ClassName);
        Assert.Equal("th row 1x2 合计", Describe(total)[0]);

        // 表十 holds figures only: no row headers.
        Assert.Empty(PageParts.TableNumbered(page, "表十").QuerySelectorAll("tbody th"));
        // A form (no header rows): its first column labels the rows.
        var project = PageParts.TableNumbered(page, "表十七");
        Assert.Null(project.Head);
        Assert.Equal(["专项资金名称", "当年预算", "项目概况", "立项依据", "当年绩效目标", "绩效指标"],
            project.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal("2", project.QuerySelectorAll("tbody th")[1].GetAttribute("rowspan"));
    }

    [Fact]
    public void The_contents_is_a_navigation_landmark_linking_every_numbered_table()
    {
        var page = Page.Value;
        var nav = Assert.Single(page.QuerySelectorAll("nav"));
        Assert.Equal("contents", nav.Id);
        Assert.Equal("2024年渝北区部门预算公开表（目录）", nav.GetAttribute("aria-label"));
        Assert.Equal("#contents", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        var links = nav.QuerySelectorAll("a").OfType<IHtmlAnchorElement>().ToList();
        Assert.Equal(17, links.Count);
        foreach (var link in links)
        {
            var row = (IHtmlTableRowElement)link.Closest("tr")!;
            var number = row.Cells[1].TextContent;
            var target = page.GetElementById(link.GetAttribute("href")![1..]) as IHtmlTableElement;
            Assert.True(target is not null, $"{number}: {link.GetAttribute("href")} leads nowhere");
            Assert.Equal(number, target!.QuerySelector(".t-number")!.TextContent);
            Assert.StartsWith(target.QuerySelector(".t-title")!.TextContent, link.TextContent);
        }
        Assert.Equal("#table-5", links[4].GetAttribute("href"));
    }

    [Fact]
    public void Every_numbered_table_starts_a_printed_page_and_landscape_sections_print_turned()
    {
        var blocks = Page.Value.QuerySelectorAll("main > .table-block").ToList();
        var numbered = blocks.Where(b => b.QuerySelector(".t-number") is not null).ToList();
        Assert.Equal(Model.Blocks.OfType<Table>().Count(t => t.Number is not null), numbered.Count);
        Assert.All(numbered, b => Assert.Contains("break", b.ClassList));
        string Of(string number) => numbered.Single(b => b.QuerySelector(".t-number")!.TextContent == number).ClassName!;
        Assert.Contains("wide", Of("表五"));
        Assert.DoesNotContain("wide", Of("表六"));
        var css = Page.Value.QuerySelector("style")!.TextContent;
        Assert.Contains("@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }", css);
        Assert.Contains("@page wide { size: 297mm 210mm;", css);
        Assert.Contains("thead { display: table-header-group; }", css);
    }

    [Fact]
    public void The_style_names_the_documents_faces_with_free_fallbacks()
    {
        var css = Page.Value.QuerySelector("style")!.TextContent;
        Assert.Contains("--font-body: \"仿宋_GB2312\", \"仿宋\", \"FangSong\", \"FandolFang\", \"Noto Serif CJK SC\", \"HanaMinA\", \"HanaMinB\", serif;", css);
        Assert.Contains("--font-h1: \"黑体\", \"SimHei\", \"FandolHei\", \"Noto Sans CJK SC\", \"HanaMinA\", \"HanaMinB\", sans-serif;", css);
        Assert.Contains("--font-h2: \"楷体_GB2312\", \"楷体\", \"KaiTi\", \"FandolKai\", \"LXGW WenKai\", \"AR PL UKai CN\", \"HanaMinA\", \"HanaMinB\", serif;", css);
        // The bold face standing in for 小标宋 is named by its full name, which only local() matches.
        Assert.Contains("@font-face { font-family: \"Noto Serif CJK SC Bold\"; src: local(\"Noto Serif CJK SC Bold\"); }", css);
        Assert.Contains("font-variant-numeric: tabular-nums", css);
    }

    /// <summary>"th scope RxC text" for each cell of a row.</summary>
    private static string[] Describe(IHtmlTableRowElement row) =>
        [.. row.Cells.Select(c => $"{c.LocalName} {c.GetAttribute("scope") ?? "-"} {c.RowSpan}x{c.ColumnSpan} {c.TextContent}")];
}
