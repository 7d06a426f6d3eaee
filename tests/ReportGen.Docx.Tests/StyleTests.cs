using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Tests;

/// <summary>Real Word styles: every block in its style, outline levels, fonts per role from the sheet.</summary>
public sealed class StyleTests
{
    private static W.Style Style(Rendered docx, string id) =>
        docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == id);

    private static string? StyleOf(W.Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static W.Paragraph ParagraphWith(Rendered docx, string text) =>
        docx.Main.Document!.Body!.Elements<W.Paragraph>().First(p => p.InnerText.StartsWith(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("重庆市渝北区测试服务管理办公室2024年部门预算情况说明", "Title")]
    [InlineData("一、单位基本情况", "Heading1")]
    [InlineData("（一）职能职责", "Heading2")]
    [InlineData("1.按支出属性说明", "Heading3")]
    [InlineData("（1）基本支出", "Heading4")]
    [InlineData("一是贯彻执行", "BodyText")]
    [InlineData("部门预算公开联系人", "Normal")]
    [InlineData("（本页以下无正文）", "CenteredText")]
    [InlineData("注：本说明中的金额单位为元。", "Note")]
    [InlineData("表五", "TableNumber")]
    [InlineData("2024年渝北区部门一般公共预算财政拨款支出预算表", "TableTitle")]
    [InlineData("（一般项目）", "TableSubtitle")]
    [InlineData("部门全称：", "TableCaption")]
    [InlineData("备注：本部门无政府性基金收支", "Note")]
    public void Each_block_is_in_its_style(string text, string styleId)
    {
        using var docx = Rendered.Of(SampleDocument.Build(5));
        Assert.Equal(styleId, StyleOf(ParagraphWith(docx, text)));
    }

    [Fact]
    public void Headings_have_outline_levels_zero_to_three_and_stay_with_the_next_paragraph()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        for (var level = 1; level <= 4; level++)
        {
            var ppr = Style(docx, "Heading" + level).StyleParagraphProperties!;
            Assert.Equal(level - 1, ppr.OutlineLevel!.Val!.Value);
            Assert.NotNull(ppr.KeepNext);
            Assert.Equal("heading " + level, Style(docx, "Heading" + level).StyleName!.Val!.Value);
        }
    }

    [Theory]
    [InlineData("Normal", "仿宋_GB2312", "32")]
    [InlineData("Title", "方正小标宋简体", "44")]
    [InlineData("Heading1", "黑体", "32")]
    [InlineData("Heading2", "楷体_GB2312", "32")]
    [InlineData("Heading3", "仿宋_GB2312", "32")]
    [InlineData("Heading4", "仿宋_GB2312", "32")]
    [InlineData("TableText", "宋体", "21")]
    [InlineData("TableHeader", "黑体", "21")]
    [InlineData("Footer", "宋体", "28")]
    public void Fonts_per_role_come_from_the_sheet(string styleId, string eastAsia, string halfPoints)
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        var rpr = Style(docx, styleId).StyleRunProperties!;
        Assert.Equal(eastAsia, rpr.RunFonts!.EastAsia!.Value);
        Assert.Equal(halfPoints, rpr.FontSize!.Val!.Value);
    }

    [Fact]
    public void Font_table_names_the_next_family_of_the_chain_as_alternative()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        var fonts = docx.Main.FontTablePart!.Fonts!.Elements<W.Font>().ToDictionary(f => f.Name!.Value!);
        Assert.Equal("仿宋", fonts["仿宋_GB2312"].AltName!.Val!.Value);
        Assert.Equal("楷体", fonts["楷体_GB2312"].AltName!.Val!.Value);
        Assert.Equal("86", fonts["黑体"].FontCharSet!.Val!.Value);
    }

    [Fact]
    public void Body_is_justified_with_a_two_character_first_line_indent_and_exact_pitch()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        var normal = Style(docx, "Normal").StyleParagraphProperties!;
        Assert.Equal(JustificationValues.Both, normal.Justification!.Val!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, normal.SpacingBetweenLines!.LineRule!.Value);
        Assert.Equal("579", normal.SpacingBetweenLines.Line!.Value); // 28.94 pt
        var body = Style(docx, "BodyText").StyleParagraphProperties!;
        Assert.Equal(200, body.Indentation!.FirstLineChars!.Value);
        Assert.Equal("640", body.Indentation.FirstLine!.Value); // two 16 pt characters
    }

    [Fact]
    public void No_punctuation_hangs_past_the_block_and_no_automatic_space_is_put_around_digits()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        var normal = Style(docx, "Normal").StyleParagraphProperties!;
        Assert.False(normal.OverflowPunctuation!.Val!.Value);
        Assert.True(normal.Kinsoku!.Val!.Value);
        Assert.False(normal.AutoSpaceDE!.Val!.Value);
        Assert.False(normal.AutoSpaceDN!.Val!.Value);
        Assert.Equal(CharacterSpacingValues.DoNotCompress, docx.Main.DocumentSettingsPart!.Settings!.GetFirstChild<CharacterSpacingControl>()!.Val!.Value);
    }

    [Fact]
    public void Body_size_text_is_condensed_to_fit_twenty_eight_characters_a_line()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        // 156 mm = 442.2 pt; 442.2 / 28 = 15.79 pt a character: a quarter point less than 16 pt, and
        // a twentieth for layout rounding. 28 × 15.7 = 439.6 pt fits; 29 characters would not.
        Assert.Equal(-6, Style(docx, "Normal").StyleRunProperties!.Spacing!.Val!.Value);
        Assert.Equal(0, Style(docx, "TableText").StyleRunProperties!.Spacing!.Val!.Value);
        var grid = docx.Main.Document!.Body!.Elements<SectionProperties>().Single().GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(579, grid.LinePitch!.Value);
    }

    [Fact]
    public void Inline_heading_runs_take_their_level_s_character_style()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        var paragraph = ParagraphWith(docx, "（一）收入预算：");
        var runs = paragraph.Elements<W.Run>().ToList();
        Assert.Equal("Heading2Char", runs[0].RunProperties!.RunStyle!.Val!.Value);
        Assert.Null(runs[1].RunProperties);
        Assert.Equal("楷体_GB2312", Style(docx, "Heading2Char").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        var emphasis = ParagraphWith(docx, "基本支出4,995,499.55元").Elements<W.Run>().Single(r => r.InnerText == "占28.3%");
        Assert.Equal("Strong", emphasis.RunProperties!.RunStyle!.Val!.Value);
    }

    [Fact]
    public void A_changed_sheet_changes_the_styles()
    {
        var sheet = Rendered.Sheet with
        {
            Fonts = new Dictionary<string, Core.Styling.FontRole>(Rendered.Sheet.Fonts)
            {
                ["heading1"] = new() { Families = ["方正黑体_GBK", "黑体"], SizePt = 18, Bold = true },
            },
        };
        using var docx = Rendered.Of(SampleDocument.Build(1), sheet);
        var rpr = Style(docx, "Heading1").StyleRunProperties!;
        Assert.Equal("方正黑体_GBK", rpr.RunFonts!.EastAsia!.Value);
        Assert.Equal("36", rpr.FontSize!.Val!.Value);
        Assert.NotNull(rpr.Bold);
    }
}
