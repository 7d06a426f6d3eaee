using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Documents;
using M = ReportGen.Core.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Tests;

/// <summary>Pages: sections and orientation, page breaks before tables, page-number footers, properties.</summary>
public sealed class PageTests
{
    /// <summary>The section properties in document order: those in paragraphs, then the body's last.</summary>
    private static List<SectionProperties> Sections(Rendered docx) =>
        docx.Main.Document!.Body!.Descendants<SectionProperties>().ToList();

    private static W.Paragraph ParagraphWith(Rendered docx, string text) =>
        docx.Main.Document!.Body!.Elements<W.Paragraph>().First(p => p.InnerText == text);

    [Fact]
    public void Landscape_section_for_the_wide_table_then_portrait_again()
    {
        using var docx = Rendered.Of(SampleDocument.Build(3));
        var sections = Sections(docx);
        Assert.Equal(3, sections.Count);
        var orientation = sections.Select(s => s.GetFirstChild<PageSize>()!).Select(s => (s.Orient?.Value, s.Width!.Value > s.Height!.Value)).ToList();
        Assert.Equal([(null, false), (PageOrientationValues.Landscape, true), (null, false)], orientation.Select(o => ((PageOrientationValues?)o.Item1, o.Item2)));
        var landscape = sections[1].GetFirstChild<PageMargin>()!;
        Assert.Equal(2098u, landscape.Left!.Value); // 37 mm: the sheet's landscape margins
        Assert.Equal(1587, landscape.Top!.Value);   // 28 mm
        // The three-public table sits in the landscape section and is as wide as its text block.
        var wide = docx.Main.Document!.Body!.Elements<W.Table>().Single(t => t.InnerText.Contains("公务用车购置费"));
        Assert.Equal("12756", wide.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value); // 16838 − 2098 − 1984 twips: 297 − 37 − 35 = 225 mm
    }

    [Fact]
    public void Page_numbering_continues_and_later_sections_inherit_the_footers()
    {
        using var docx = Rendered.Of(SampleDocument.Build(3));
        var sections = Sections(docx);
        Assert.All(sections, s => Assert.Null(s.GetFirstChild<PageNumberType>()));
        Assert.Equal(2, sections[0].Elements<FooterReference>().Count());
        Assert.All(sections.Skip(1), s => Assert.Empty(s.Elements<FooterReference>()));
    }

    [Fact]
    public void Odd_and_even_footers_carry_a_page_field_right_and_left()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        Assert.NotNull(docx.Main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var references = Sections(docx)[0].Elements<FooterReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var odd = ((FooterPart)docx.Main.GetPartById(references[HeaderFooterValues.Default])).Footer!;
        var even = ((FooterPart)docx.Main.GetPartById(references[HeaderFooterValues.Even])).Footer!;
        foreach (var (footer, align) in new[] { (odd, JustificationValues.Right), (even, JustificationValues.Left) })
        {
            var paragraph = footer.Elements<W.Paragraph>().Single();
            Assert.Equal(" PAGE ", paragraph.Descendants<FieldCode>().Single().Text);
            Assert.Equal("— 1 —", paragraph.InnerText.Replace(" PAGE ", "", StringComparison.Ordinal));
            Assert.Equal(align, paragraph.ParagraphProperties!.Justification!.Val!.Value);
        }
        // One 14 pt character in from the edge of the text block.
        Assert.Equal("280", odd.Descendants<Indentation>().Single().Right!.Value);
        Assert.Equal("280", even.Descendants<Indentation>().Single().Left!.Value);
    }

    [Fact]
    public void Footer_sits_seven_millimetres_below_the_text_block()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        var margin = Sections(docx)[0].GetFirstChild<PageMargin>()!;
        // Bottom margin 35 mm − 7 mm − one 14 pt line = 22.06 mm from the page edge to the line's foot.
        Assert.Equal(1984u, (uint)margin.Bottom!.Value);
        Assert.Equal(1984u - 397u - 280u, margin.Footer!.Value);
    }

    [Fact]
    public void Numbered_tables_start_on_a_new_page_unless_a_section_just_started_one()
    {
        using var docx = Rendered.Of(SampleDocument.Build(3));
        Assert.NotNull(ParagraphWith(docx, "表五").ParagraphProperties!.PageBreakBefore);
        Assert.NotNull(ParagraphWith(docx, "表十一").ParagraphProperties!.PageBreakBefore);
        Assert.Null(ParagraphWith(docx, "表十").ParagraphProperties!.PageBreakBefore);   // first of the landscape section
        Assert.Null(ParagraphWith(docx, "表十七").ParagraphProperties!.PageBreakBefore); // after a section break and a page break
        Assert.Equal(2, docx.Main.Document!.Body!.Descendants<PageBreakBefore>().Count());
    }

    [Fact]
    public void Title_lines_and_captions_are_kept_with_the_table()
    {
        using var docx = Rendered.Of(SampleDocument.Build(3));
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        foreach (var id in new[] { "TableNumber", "TableTitle", "TableSubtitle", "TableCaption" })
        {
            Assert.NotNull(styles[id].StyleParagraphProperties!.KeepNext);
        }
        // One line: 部门全称 left, a tab, 单位 flush right at the text block's edge.
        var caption = ParagraphWith(docx, "部门全称：" + SampleDocument.Department + "单位：元");
        Assert.Single(caption.Descendants<TabChar>());
        Assert.Equal("TableCaption", caption.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var tab = caption.ParagraphProperties.Tabs!.Elements<TabStop>().Single();
        Assert.Equal(TabStopValues.Right, tab.Val!.Value);
        Assert.Equal(11906 - 1587 - 1474, tab.Position!.Value);
        Assert.IsType<W.Table>(caption.NextSibling());
    }

    [Fact]
    public void Captions_too_long_for_one_line_take_two()
    {
        var long_ = SampleDocument.EmptyTable() with { LeftCaption = "部门全称：" + string.Concat(Enumerable.Repeat("重庆市渝北区测试服务管理办公室", 3)) };
        var document = new M.Document(SampleDocument.Build(1).Info, [long_]);
        using var docx = Rendered.Of(document);
        var paragraphs = docx.Main.Document!.Body!.Elements<W.Paragraph>().ToList();
        var unit = paragraphs.Single(p => p.InnerText == "单位：元");
        Assert.Equal(JustificationValues.Right, unit.ParagraphProperties!.Justification!.Val!.Value);
        Assert.StartsWith("部门全称：", paragraphs[paragraphs.IndexOf(unit) - 1].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_break_after_a_table_is_carried_by_a_minimal_paragraph()
    {
        var document = new M.Document(SampleDocument.Build(1).Info, [SampleDocument.LongTable(2), new SectionBreak(PageOrientation.Landscape), SampleDocument.ThreePublicTable()]);
        using var docx = Rendered.Of(document);
        var carrier = docx.Main.Document!.Body!.Elements<W.Table>().First().NextSibling<W.Paragraph>()!;
        Assert.Equal("SectionMark", carrier.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.NotNull(carrier.ParagraphProperties.SectionProperties);
        Assert.Equal("", carrier.InnerText);
    }

    [Fact]
    public void A_document_opening_with_a_section_break_has_no_empty_first_page()
    {
        var document = new M.Document(SampleDocument.Build(1).Info, [new SectionBreak(PageOrientation.Landscape), SampleDocument.ThreePublicTable()]);
        using var docx = Rendered.Of(document);
        var sections = Sections(docx);
        Assert.Single(sections);
        Assert.Equal(PageOrientationValues.Landscape, sections[0].GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Null(docx.Main.Document!.Body!.Descendants<PageBreakBefore>().FirstOrDefault());
    }

    [Fact]
    public void Document_properties_come_from_the_document_info()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        var p = docx.Package.PackageProperties;
        Assert.Equal(SampleDocument.Department + "2024年部门预算情况说明", p.Title);
        Assert.Equal(SampleDocument.Department, p.Creator);
        Assert.Equal("2024年部门预算情况说明", p.Subject);
        Assert.Equal("部门预算；2024；" + SampleDocument.Department, p.Keywords);
    }
}
