using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Docx;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Layout.Tables;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// One set of column widths per table (TableColumnWidths): the DOCX's w:gridCol and the PDF's columns
/// of every table of the reference are the same, so LibreOffice and the PDF wrap the same cells.
/// </summary>
public class SharedColumnWidthTests
{
    [Fact]
    public void Every_table_of_the_reference_has_the_same_column_widths_in_the_docx_and_the_pdf()
    {
        var document = TableBreakingTests.Department("reference");
        var grids = DocxGrids(document);
        var layout = LayoutProbe.Layout(document);
        var fonts = Shared.Renderer.Fonts(Samples.Style, RenderOptions.Default);
        // The DOCX writes no w:tbl for a table without rows.
        var tables = new DocumentComposer(fonts).Compose(document).OfType<TableElement>()
            .Where(t => t.Content.HeaderRowCount + t.Content.BodyRowCount > 0).ToList();
        Assert.Equal(tables.Count, grids.Count);
        Assert.True(tables.Count >= 20, $"{tables.Count} tables");
        for (var i = 0; i < tables.Count; i++)
        {
            var width = layout.Pages.First(p => p.Blocks.Any(b => b.BlockIndex == tables[i].BlockIndex)).Geometry.BlockWidth;
            var x = tables[i].GeometryFor(width).ColumnX;
            var pdf = Enumerable.Range(0, x.Length - 1).Select(k => (x[k + 1] - x[k]) * 20).ToArray();
            // Within a twip: the PDF's block is 442.205 pt (156 mm), the DOCX's a whole 8845 twips.
            Assert.True(pdf.Zip(grids[i]).All(p => Math.Abs(p.First - p.Second) <= 1),
                $"{tables[i].Content.Table.Number}: PDF {string.Join(",", pdf.Select(w => w.ToString("0.#", CultureInfo.InvariantCulture)))} DOCX {string.Join(",", grids[i])}");
        }

        // 表二: the amounts take 17,625,499.55 at 宋体's half em (13 × 5.25 = 68.25 pt) plus 3 pt padding
        // each side, the two 0.5 pt rules and a quarter point: 75.5 pt = 1510 twips. The ten empty
        // source columns stack two-character words ("国有/资本/经营/预算/财政/拨款"); 科目名称 takes the
        // rest, 113 pt, so "机关事业单位基本养老保险缴费支出" (two levels in) takes two lines.
        var second = tables.FindIndex(t => t.Content.Table.Number == "表二");
        Assert.Equal([880, 2267, 1510, 1510, 775, 630, 630, 630, 630, 630, 630, 630, 629, 775], grids[second]);
    }

    private static List<int[]> DocxGrids(Document document)
    {
        using var stream = new MemoryStream();
        new DocxRenderer().Render(document, Samples.Style, stream, new RenderOptions { Timestamp = PdfProbe.Fixed });
        stream.Position = 0;
        using var docx = WordprocessingDocument.Open(stream, false);
        return [.. docx.MainDocumentPart!.Document!.Body!.Descendants<W.Table>()
            .Select(t => t.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(g => int.Parse(g.Width!.Value!, CultureInfo.InvariantCulture)).ToArray())];
    }
}
