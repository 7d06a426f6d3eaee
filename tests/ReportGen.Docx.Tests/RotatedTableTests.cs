using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Styling;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Tests;

/// <summary>
/// <c>page.landscapeTables: "rotated"</c> in Word: the landscape section's text block is the portrait
/// block turned (head toward the left edge) and its page number is a turned text box in the left
/// margin, where the portrait page number is once the sheet is turned back.
/// </summary>
public sealed class RotatedTableTests
{
    private static readonly StyleSheet Rotated = Rendered.Sheet with { Page = Rendered.Sheet.Page with { LandscapeTables = LandscapeTables.Rotated } };

    private static List<SectionProperties> Sections(Rendered docx) =>
        docx.Main.Document!.Body!.Descendants<SectionProperties>().ToList();

    private static Footer FooterOf(Rendered docx, SectionProperties section, HeaderFooterValues type) =>
        ((FooterPart)docx.Main.GetPartById(section.Elements<FooterReference>().Single(r => r.Type!.Value == type).Id!.Value!)).Footer!;

    [Fact]
    public void The_landscape_section_takes_the_turned_portrait_block_and_every_section_names_its_footers()
    {
        using var docx = Rendered.Of(SampleDocument.Build(3), Rotated);
        var sections = Sections(docx);
        Assert.Equal(3, sections.Count);
        var margin = sections[1].GetFirstChild<PageMargin>()!;
        // Top = portrait left (28 mm), bottom = portrait right (26), left = portrait bottom (35), right = portrait top (37).
        Assert.Equal(1587, margin.Top!.Value);
        Assert.Equal(1474, margin.Bottom!.Value);
        Assert.Equal(1984u, margin.Left!.Value);
        Assert.Equal(2098u, margin.Right!.Value);
        Assert.Equal(PageOrientationValues.Landscape, sections[1].GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.All(sections, s => Assert.Equal(2, s.Elements<FooterReference>().Count()));
        // Portrait sections (the one after the table too) keep the ordinary footers.
        foreach (var section in new[] { sections[0], sections[2] })
        {
            Assert.Empty(FooterOf(docx, section, HeaderFooterValues.Default).Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor>());
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_turned_page_number_is_a_vertical_text_box_in_the_left_margin_at_the_portrait_number_place(bool odd)
    {
        using var docx = Rendered.Of(SampleDocument.Build(3), Rotated);
        var footer = FooterOf(docx, Sections(docx)[1], odd ? HeaderFooterValues.Default : HeaderFooterValues.Even);
        var anchor = footer.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor>().Single();
        const double EmuPerMm = 36000;
        var x = long.Parse(anchor.HorizontalPosition!.PositionOffset!.Text, System.Globalization.CultureInfo.InvariantCulture) / EmuPerMm;
        var y = long.Parse(anchor.VerticalPosition!.PositionOffset!.Text, System.Globalization.CultureInfo.InvariantCulture) / EmuPerMm;
        var cx = anchor.Extent!.Cx!.Value / EmuPerMm;
        var cy = anchor.Extent!.Cy!.Value / EmuPerMm;
        Assert.Equal("page", anchor.HorizontalPosition.RelativeFrom!.InnerText);
        Assert.Equal("page", anchor.VerticalPosition.RelativeFrom!.InnerText);
        // The line's top (the box's right edge) 7 mm outside the block, whose portrait bottom margin is 35 mm.
        Assert.Equal(35 - 7, x + cx, 0.05);
        // Along the portrait block's width: from the binding margin, 156 mm.
        Assert.Equal(28, y, 0.05);
        Assert.Equal(156, cy, 0.05);
        var body = footer.Descendants<DocumentFormat.OpenXml.Office2010.Word.DrawingShape.TextBodyProperties>().Single();
        Assert.Equal("vert", body.Vertical!.InnerText);
        var paragraph = footer.Descendants<TextBoxContent>().Single().Elements<W.Paragraph>().Single();
        Assert.Equal(odd ? JustificationValues.Right : JustificationValues.Left, paragraph.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Contains(" PAGE ", paragraph.InnerText);
    }
}
