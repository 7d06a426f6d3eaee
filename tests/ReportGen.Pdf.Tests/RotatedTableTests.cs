using ReportGen.Core.Documents;
using ReportGen.Core.Styling;
using ReportGen.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// <c>page.landscapeTables: "rotated"</c> (GB/T 9704-2012 §10.1, for print): a landscape section is
/// set on portrait sheets, its content turned a quarter with the table's head toward the left edge
/// (订口 of an odd page, 切口 of an even one), the page number where every portrait page has it.
/// </summary>
public class RotatedTableTests
{
    private static readonly StyleSheet Rotated = Samples.Style with { Page = Samples.Style.Page with { LandscapeTables = LandscapeTables.Rotated } };

    /// <summary>Two portrait pages, a landscape table over three pages (odd and even), a portrait page after.</summary>
    private static Document Doc() => Samples.Doc(
        LayoutProbe.OneLine(1), new PageBreak(), LayoutProbe.OneLine(2),
        new SectionBreak(PageOrientation.Landscape), Samples.Table(60, "表十", startOnNewPage: true),
        new SectionBreak(PageOrientation.Portrait), LayoutProbe.OneLine(3));

    private static TextOp PageNumber(LaidOutPage page) =>
        page.AllOps.OfType<TextOp>().Last(t => t.Role == FontRoleNames.PageNumber);

    [Fact]
    public void Rotated_pages_are_portrait_sheets_whose_block_is_the_portrait_block_and_whose_number_sits_where_every_page_has_it()
    {
        var layout = LayoutProbe.Layout(Doc(), Rotated);
        var rotated = layout.Pages.Where(p => p.Geometry.Rotated).ToList();
        Assert.True(rotated.Count >= 2, $"{rotated.Count} rotated pages");
        Assert.Contains(rotated, p => p.Number % 2 == 0);
        Assert.Contains(rotated, p => p.Number % 2 == 1);
        var portrait = layout.Pages.Where(p => !p.Geometry.Rotated).ToList();
        Assert.Equal(layout.Pages.Count, rotated.Count + portrait.Count);
        var paper = portrait[0].Geometry;
        foreach (var page in rotated)
        {
            var g = page.Geometry;
            // Laid out landscape, printed on the portrait sheet.
            Assert.Equal(PageOrientation.Landscape, g.Orientation);
            Assert.True(g.Width > g.Height);
            Assert.Equal(paper.Width, g.Paper.Width, 0.01f);
            Assert.Equal(paper.Height, g.Paper.Height, 0.01f);
            // The turned block is the portrait block: its top is the portrait left margin (订口 28 mm),
            // its left the portrait bottom margin, its size 225 × 156 mm.
            Assert.Equal(paper.Left, g.Top, 0.01f);
            Assert.Equal(paper.Height - paper.Bottom, g.Left, 0.01f);
            Assert.Equal(paper.BlockHeight, g.BlockWidth, 0.01f);
            Assert.Equal(paper.BlockWidth, g.BlockHeight, 0.01f);
            // The table is on it; the page number is drawn on the sheet, not turned with the table.
            Assert.Contains(page.Ops.OfType<TextOp>(), t => t.Role == FontRoleNames.Table);
            Assert.DoesNotContain(page.Ops.OfType<TextOp>(), t => t.Role == FontRoleNames.PageNumber);
            var number = PageNumber(page);
            Assert.Contains(page.PaperOps, op => op == number);
            // Same baseline and x as the portrait page of the same parity.
            var same = PageNumber(portrait.First(p => p.Number % 2 == page.Number % 2));
            Assert.Equal(same.Baseline, number.Baseline, 0.01f);
            Assert.Equal(same.Xs[0], number.Xs[0], 0.01f);
        }
    }

    /// <summary>The letter's baseline runs left to right.</summary>
    private static bool Upright(Letter l) => l.EndBaseLine.X - l.StartBaseLine.X > 1 && Math.Abs(l.EndBaseLine.Y - l.StartBaseLine.Y) < 0.01;

    /// <summary>The letter's baseline runs bottom to top (turned a quarter anticlockwise).</summary>
    private static bool Upwards(Letter l) => l.EndBaseLine.Y - l.StartBaseLine.Y > 1 && Math.Abs(l.EndBaseLine.X - l.StartBaseLine.X) < 0.01;

    [Fact]
    public void In_the_PDF_every_sheet_is_portrait_the_table_reads_upwards_with_its_head_on_the_left_and_the_number_reads_upright()
    {
        var pdf = PdfProbe.Render(Doc(), Rotated);
        var layout = LayoutProbe.Layout(Doc(), Rotated);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(layout.Pages.Count, document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            Assert.Equal(595.28, page.Width, 0.1);
            Assert.Equal(841.89, page.Height, 0.1);
            var laid = layout.Pages[page.Number - 1];
            var number = page.Letters.Where(l => l.Value is "—" || char.IsAsciiDigit(l.Value[0])).Where(l => l.StartBaseLine.Y < 100).ToList();
            Assert.NotEmpty(number);
            Assert.All(number, l => Assert.True(Upright(l), $"page {page.Number}: “{l.Value}” of the page number is not upright"));
            if (!laid.Geometry.Rotated)
            {
                continue;
            }
            // The table's text runs bottom to top (turned a quarter anticlockwise), so the table's
            // head, its title and number line, is at the left edge of the sheet on odd and even pages.
            var table = page.Letters.Where(l => l.StartBaseLine.Y > 100).ToList();
            Assert.NotEmpty(table);
            Assert.All(table, l => Assert.True(Upwards(l), $"page {page.Number}: “{l.Value}” does not run upwards"));
            var firstRow = page.Letters.Where(l => l.Value == "科").Min(l => l.StartBaseLine.X);
            var amounts = page.Letters.Where(l => char.IsAsciiDigit(l.Value[0]) && l.StartBaseLine.Y > 100).Max(l => l.StartBaseLine.X);
            Assert.True(firstRow < amounts, $"page {page.Number}: the header (x {firstRow:0}) is not left of the body rows (x {amounts:0})");
            // Inside the portrait text block: 28 mm from the left, 37 mm from the top.
            Assert.True(table.Min(l => l.BoundingBox.Left) >= 28 * 72 / 25.4 - 1, $"page {page.Number}: text left of the block");
            Assert.True(table.Max(l => l.BoundingBox.Top) <= 841.89 - 37 * 72 / 25.4 + 1, $"page {page.Number}: text above the block");
        }
        // The portrait pages keep the text upright.
        Assert.All(document.GetPage(1).Letters, l => Assert.True(Upright(l)));
    }

    [Fact]
    public void The_default_sheet_keeps_landscape_pages()
    {
        Assert.Equal(LandscapeTables.Pages, Samples.Style.Page.LandscapeTables);
        var layout = LayoutProbe.Layout(Doc());
        Assert.DoesNotContain(layout.Pages, p => p.Geometry.Rotated || p.PaperOps.Count > 0);
        Assert.Contains(layout.Pages, p => p.Geometry.Paper.Width > p.Geometry.Paper.Height);
    }
}
