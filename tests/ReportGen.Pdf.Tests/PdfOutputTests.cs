using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace ReportGen.Pdf.Tests;

public class PdfOutputTests
{
    private static Document Sample() => Samples.Doc(
        new TitleBlock(["重庆市渝北区政务服务管理办公室", "2024年部门预算情况说明"]),
        new Heading(1, "一、", "单位基本情况"),
        new Heading(2, "（一）", "职能职责"),
        Samples.Body("一是贯彻执行深化“放管服”改革、加强政府职能转变、规范政务服务管理、深入推进审批服务便民化和“互联网+政务服务”的法律、法规和规章，组织拟定相关措施和规范性文件，并监督实施。入驻行政服务中心人员采取部门和区政务办双重管理。"),
        new Heading(1, "二、", "部门预算总体情况"),
        new Paragraph([new Run("（一）收入预算：", InlineHeadingLevel: 2), new Run(Samples.Sentence)]),
        new Paragraph([new Run("备注：本部门无政府性基金收支，故此表无数据。")], ParagraphKind.Note),
        Samples.Table(60, "表三", startOnNewPage: true),
        new SectionBreak(PageOrientation.Landscape),
        Samples.Table(8, "表十", startOnNewPage: true));

    [Fact]
    public void The_extracted_text_equals_the_model_text()
    {
        var doc = Sample();
        var pdf = PdfProbe.Render(doc);
        Assert.Equal(PdfProbe.Squeeze(PlainTextWriter.Write(doc)), PdfProbe.DocumentText(pdf, doc));
    }

    [Fact]
    public void No_character_copies_out_as_a_radical_look_alike()
    {
        // 一 入 行 门 share glyphs with radicals U+2F00, U+2F0A, U+2F8F, U+2ED4 in Noto CJK: a whole
        // embedded face maps them back wrongly; the subset maps each glyph to the character drawn.
        var doc = Samples.Doc(Samples.Body("一般公共预算收入行政运行门诊，一入行门。"), new Heading(1, "一、", "入门"));
        var text = string.Concat(PdfProbe.PageTexts(PdfProbe.Render(doc)));
        Assert.Contains("一般公共预算收入行政运行门诊，一入行门。", text);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void Every_font_is_embedded_as_a_subset_and_none_is_Type_3()
    {
        var pdf = PdfProbe.Render(Sample(), Samples.FreeStyle);
        var fonts = FontProbe.Fonts(pdf);
        // The free faces (all CFF): 小标宋 → Noto Serif CJK SC Bold, 仿宋 → FandolFang, 黑体 → FandolHei,
        // 楷体 → FandolKai, 宋体 → FandolSong and its Bold for the 合计 row.
        Assert.Equal(
            ["FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular", "FandolSong-Bold", "FandolSong-Regular", "NotoSerifCJKsc-Bold"],
            fonts.Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).Order(StringComparer.Ordinal));
        Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset && f.HasToUnicode, $"{f.Name} ({f.Type})"));
        Assert.All(fonts, f => Assert.Equal("CID Type 0C", f.Type));
    }

    [Fact]
    public void A_TrueType_only_chain_embeds_CID_TrueType_fonts()
    {
        var style = Samples.FreeTrueTypeStyle;
        var pdf = PdfProbe.Render(Sample(), style);
        var fonts = FontProbe.Fonts(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Equal("CID TrueType", f.Type));
        Assert.All(fonts, f => Assert.True(f.Embedded && f.Subset && f.HasToUnicode));
        var doc = Sample();
        Assert.Equal(PdfProbe.Squeeze(PlainTextWriter.Write(doc)), PdfProbe.DocumentText(pdf, doc));
    }

    [Fact]
    public void The_same_input_and_timestamp_give_the_same_bytes()
    {
        var a = PdfProbe.Render(Sample());
        var b = PdfProbe.Render(Sample());
        Assert.Equal(a, b);
        var c = PdfProbe.Render(Sample(), timestamp: PdfProbe.Fixed.AddDays(1));
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void One_renderer_serves_many_threads_at_once()
    {
        var expected = PdfProbe.Render(Sample());
        var results = new byte[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = PdfProbe.Render(Sample()));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void The_outline_lists_headings_and_numbered_tables_nested_by_level()
    {
        var doc = Sample();
        using var pdf = PdfDocument.Open(PdfProbe.Render(doc));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Select(b => b.Title).ToList();
        Assert.Equal(["一、单位基本情况", "二、部门预算总体情况", "表三 2024年渝北区部门支出预算总表", "表十 2024年渝北区部门支出预算总表"], roots);
        Assert.Equal(["（一）职能职责"], bookmarks.Roots[0].Children.Select(c => c.Title));
        // Each entry points at the page its block starts on; 表十 is on the landscape page after 表三's pages.
        var layout = LayoutProbe.Layout(doc);
        var expected = new[] { 1, 2, 4, 7, 9 }.Select(block => LayoutProbe.PagesOf(layout, block)[0]).ToList();
        var pages = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().Select(n => n.PageNumber).ToList();
        Assert.Equal(expected, pages);
        Assert.True(LayoutProbe.PagesOf(layout, 7).Count > 1);
        Assert.Equal(PageOrientation.Landscape, layout.Pages[pages[^1] - 1].Geometry.Orientation);
    }

    [Fact]
    public void Metadata_comes_from_the_document_info()
    {
        using var pdf = PdfDocument.Open(PdfProbe.Render(Sample()));
        var info = pdf.Information;
        Assert.Equal(Samples.Info.Title, info.Title);
        Assert.Equal(Samples.Info.Author, info.Author);
        Assert.Equal(Samples.Info.Subject, info.Subject);
        Assert.Equal("部门预算, 2024", info.Keywords);
        Assert.Equal("ReportGen", info.Creator);
        Assert.StartsWith("D:20240301083000", info.CreationDate);
    }

    [Fact]
    public void A_character_no_font_covers_is_an_error_naming_it_and_where_it_is()
    {
        // U+1FAE0 (Unicode 14): no installed face has it. (😀 is in HanaMinA, the chain's last resort for rare
        // characters, which draws it since fonts behind a symbolic link are read whole.)
        var doc = Samples.Doc(Samples.Body("正常文字。"), Samples.Table(3) with { BodyRows = [new TableRow([new TableCell("合计"), new TableCell("笑\U0001FAE0"), new TableCell("1"), new TableCell("2"), new TableCell("3")])] });
        var e = Assert.Throws<UncoveredCharacterException>(() => PdfProbe.Render(doc));
        Assert.Equal(0x1FAE0, e.CodePoint);
        Assert.Contains("U+1FAE0", e.Message);
        Assert.Contains("\U0001FAE0", e.Message);
        Assert.Contains("第2块", e.Location);
        Assert.Contains("表三", e.Location);
        Assert.Contains("第1行第2列", e.Location);
    }

    [Fact]
    public void A_role_whose_fonts_are_all_missing_is_an_error_naming_the_role()
    {
        var fonts = new Dictionary<string, Core.Styling.FontRole>(Samples.Style.Fonts)
        {
            ["heading1"] = new() { Families = ["不存在的字体甲", "NoSuchFont"], SizePt = 16 },
        };
        var style = Samples.Style with { Fonts = fonts };
        var e = Assert.Throws<FontNotFoundException>(() => PdfProbe.Render(Samples.Doc(new Heading(1, "一、", "标题")), style));
        Assert.Equal("heading1", e.Role);
        Assert.Equal("样式“heading1”的字体都未安装：不存在的字体甲、NoSuchFont。请安装其中之一，或用 --fonts 选项指定字体所在的文件夹（如 reportgen build 数据 --out 输出 --fonts 字体文件夹）。", e.Message);
    }

    [Fact]
    public void A_fonts_folder_adds_families_before_the_system_ones()
    {
        // A copy of an installed font in a fonts folder: the folder's copy is the one used.
        var dir = Directory.CreateTempSubdirectory("reportgen-fonts").FullName;
        var copy = Path.Combine(dir, "office-kai.otf");
        File.Copy("/usr/local/share/fonts/fandol/FandolKai-Regular.otf", copy);
        using var renderer = new PdfRenderer();
        var withFolder = renderer.Fonts(Samples.Style, new RenderOptions { FontDirectories = [dir] });
        Assert.Equal(copy, withFolder.Chain("heading2").Primary.Info.Path);
        var without = renderer.Fonts(Samples.Style, RenderOptions.Default);
        Assert.NotEqual(copy, without.Chain("heading2").Primary.Info.Path);
    }
}
