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

    [Fact]
    public void With_noto_cjk_as_the_only_face_the_pdf_widens_its_amount_columns_and_no_amount_wraps()
    {
        var document = TableBreakingTests.Department("reference");
        var layout = LayoutProbe.Layout(document, Samples.NotoStyle);
        var fonts = Shared.Renderer.Fonts(Samples.NotoStyle, RenderOptions.Default);
        var tables = new DocumentComposer(fonts).Compose(document).OfType<TableElement>().Where(t => t.Content.BodyRowCount > 0).ToList();
        var numeric = 0;
        foreach (var table in tables)
        {
            var width = layout.Pages.First(p => p.Blocks.Any(b => b.BlockIndex == table.BlockIndex)).Geometry.BlockWidth;
            var g = table.GeometryFor(width);
            foreach (var cell in g.Body.Where(c => c.Cell.Numeric && c.Cell.Glyphs.Length > 0))
            {
                Assert.True(cell.Lines.Count == 1, $"{table.Content.Table.Number} row {cell.Cell.Row + 1}: an amount on {cell.Lines.Count} lines");
                numeric++;
            }
            if (table.Content.Table.Number == "表二")
            {
                // Noto Serif CJK SC Bold's digits (0.59 em) set the total 17,625,499.55 wider than 宋体's half em: 1510 twips in the DOCX.
                Assert.True((g.ColumnX[3] - g.ColumnX[2]) * 20 > 1520, $"{(g.ColumnX[3] - g.ColumnX[2]) * 20}");
            }
        }
        Assert.True(numeric > 100, $"{numeric} amounts");
    }

    /// <summary>
    /// The DOCX breaks header labels itself (between words, within what the widths leave the text);
    /// the PDF breaks them within the same room, so every label takes as many lines in both.
    /// </summary>
    [Theory]
    [InlineData("reference")]
    [InlineData("sample:1:7")]
    [InlineData("sample:3:4")]
    public void Header_labels_take_as_many_lines_in_the_docx_as_in_the_pdf(string name)
    {
        var document = TableBreakingTests.Department(name);
        var docxHeaders = DocxTables(document, HeaderLineCounts);
        var layout = LayoutProbe.Layout(document);
        var fonts = Shared.Renderer.Fonts(Samples.Style, RenderOptions.Default);
        var tables = new DocumentComposer(fonts).Compose(document).OfType<TableElement>()
            .Where(t => t.Content.HeaderRowCount + t.Content.BodyRowCount > 0).ToList();
        Assert.Equal(tables.Count, docxHeaders.Count);
        var wrapped = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            var width = layout.Pages.First(p => p.Blocks.Any(b => b.BlockIndex == tables[i].BlockIndex)).Geometry.BlockWidth;
            foreach (var cell in tables[i].GeometryFor(width).Header)
            {
                var text = string.Concat(cell.Cell.Glyphs.Select(g => char.ConvertFromUtf32(g.CodePoint)));
                Assert.True(docxHeaders[i].TryGetValue((cell.Cell.Row, cell.Cell.Column), out var docx), $"{tables[i].Content.Table.Number} “{text}” not in the DOCX");
                Assert.True(docx == cell.Lines.Count, $"{name} {tables[i].Content.Table.Number} “{text}”: DOCX {docx} lines, PDF {cell.Lines.Count}");
                wrapped += docx > 1 ? 1 : 0;
            }
        }
        Assert.True(wrapped >= 10, $"{name}: only {wrapped} labels wrapped");
    }

    /// <summary>Per header cell with text, by (row, grid column): the lines the DOCX sets it in (its w:br + 1).</summary>
    private static Dictionary<(int Row, int Column), int> HeaderLineCounts(W.Table table)
    {
        var result = new Dictionary<(int, int), int>();
        var rows = table.Elements<W.TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Elements<W.TableCell>())
            {
                if (cell.InnerText.Length > 0)
                {
                    result[(r, column)] = cell.Descendants<W.Break>().Count() + 1;
                }
                column += cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            }
        }
        return result;
    }

    private static List<int[]> DocxGrids(Document document) =>
        DocxTables(document, t => t.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(g => int.Parse(g.Width!.Value!, CultureInfo.InvariantCulture)).ToArray());

    private static List<T> DocxTables<T>(Document document, Func<W.Table, T> read)
    {
        using var stream = new MemoryStream();
        new DocxRenderer().Render(document, Samples.Style, stream, new RenderOptions { Timestamp = PdfProbe.Fixed });
        stream.Position = 0;
        using var docx = WordprocessingDocument.Open(stream, false);
        return [.. docx.MainDocumentPart!.Document!.Body!.Descendants<W.Table>().Select(read)];
    }
}
