using ReportGen.Core.Layout;
using ReportGen.Core.Styling;
using DocumentFormat.OpenXml.Wordprocessing;
using Model = ReportGen.Core.Documents;

namespace ReportGen.Docx;

internal sealed partial class DocxBuilder
{
    /// <summary>
    /// The model's HTML-like rows as Word rows: a cell spanning columns is one w:tc with w:gridSpan; a
    /// cell spanning rows starts a vertical merge and the rows below get its continuation cells; grid
    /// positions a row leaves uncovered get empty cells, so every row spans the whole grid.
    /// </summary>
    private IEnumerable<TableRow> TableRows(Model.Table table, IReadOnlyList<Model.TableRow> rows, int[] widths, bool header)
    {
        var n = widths.Length;
        // starts[r, c]: the cell whose top-left corner is there; covering[r, c]: a cell from an
        // earlier row spanning down over that position (its vertical merge continues there).
        var starts = new Model.TableCell?[rows.Count, n];
        var covering = new Model.TableCell?[rows.Count, n];
        foreach (var placed in Model.TableGrid.Place(n, rows))
        {
            starts[placed.Row, placed.Column] = placed.Cell;
            for (var r = placed.Row + 1; r < Math.Min(rows.Count, placed.Row + placed.Cell.RowSpan); r++)
            {
                covering[r, placed.Column] = placed.Cell;
            }
        }
        // Labels of columns without any text in the body stack short words (TableColumnWidths.EmptyColumns).
        var empty = TableColumnWidths.EmptyColumns(table);
        var heights = header ? MergedHeaderHeights(rows, widths, empty) : null;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow(RowProperties(header, heights?[r] ?? 0));
            for (var c = 0; c < n;)
            {
                if (starts[r, c] is { } cell)
                {
                    var span = Math.Min(cell.ColSpan, n - c);
                    var merge = cell.RowSpan > 1 && r + 1 < rows.Count ? MergedCellValues.Restart : (MergedCellValues?)null;
                    row.Append(Cell(table, cell, c, span, widths, header && span == 1 && empty[c], header, rows[r].Kind, merge));
                    c += span;
                }
                else if (covering[r, c] is { } above)
                {
                    var span = Math.Min(above.ColSpan, n - c);
                    row.Append(Cell(table, null, c, span, widths, false, header, rows[r].Kind, MergedCellValues.Continue));
                    c += span;
                }
                else
                {
                    row.Append(Cell(table, null, c, 1, widths, false, header, rows[r].Kind, null));
                    c++;
                }
            }
            yield return row;
        }
    }

    private TableRowProperties RowProperties(bool header, int heightTwips)
    {
        var trPr = new TableRowProperties(new CantSplit());
        if (header)
        {
            trPr.Append(new TableHeader());
        }
        var height = Math.Max(Units.Twips(sheet.Table.MinRowHeightPt), heightTwips);
        if (height > 0)
        {
            trPr.Append(new TableRowHeight { Val = (uint)height, HeightType = HeightRuleValues.AtLeast });
        }
        return trPr;
    }

    /// <summary>
    /// Minimum heights of header rows so that a cell spanning several of them fits their sum: where a
    /// header repeats on the next page LibreOffice sizes the rows by themselves and would clip the
    /// merged cell's text.
    /// </summary>
    private int[] MergedHeaderHeights(IReadOnlyList<Model.TableRow> rows, int[] widths, bool[] empty)
    {
        var heights = new int[rows.Count];
        var t = sheet.Table;
        var size = sheet.Font(FontRoleNames.TableHeader).SizePt;
        foreach (var placed in Model.TableGrid.Place(widths.Length, rows))
        {
            var span = Math.Min(placed.Cell.RowSpan, rows.Count - placed.Row);
            if (span < 2)
            {
                continue;
            }
            var cellTwips = widths.Skip(placed.Column).Take(placed.Cell.ColSpan).Sum();
            var widthPt = cellTwips / 20.0 - TableColumnWidths.CellExtraPt(sheet);
            // The lines the label is set in: broken between words (HeaderLines), each no wider than the cell.
            var compounds = placed.Cell.ColSpan == 1 && empty[placed.Column];
            var needPt = TextEstimate.Lines(HeaderLines(placed.Cell.Text, cellTwips, compounds), size, widthPt) * t.LinePitchPt + 2 * t.CellPaddingVerticalPt;
            var perRow = (int)Math.Ceiling(Units.Twips(needPt) / (double)span);
            for (var r = placed.Row; r < placed.Row + span; r++)
            {
                heights[r] = Math.Max(heights[r], perRow);
            }
        }
        return heights;
    }

    private TableCell Cell(
        Model.Table table,
        Model.TableCell? cell,
        int column,
        int span,
        int[] widths,
        bool compounds,
        bool header,
        Model.RowKind kind,
        MergedCellValues? merge)
    {
        var tcPr = new TableCellProperties(
            new TableCellWidth { Width = Units.Text(widths.Skip(column).Take(span).Sum()), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            tcPr.Append(new GridSpan { Val = span });
        }
        if (merge is { } m)
        {
            tcPr.Append(new VerticalMerge { Val = m });
        }
        if (header && sheet.Table.HeaderShading.Length > 0)
        {
            tcPr.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = sheet.Table.HeaderShading });
        }
        tcPr.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

        var styleId = header ? StyleIds.TableHeader : kind == Model.RowKind.Total ? StyleIds.TableTotal : StyleIds.TableText;
        var ppr = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        var paragraph = new Paragraph(ppr);
        if (cell is not null && merge != MergedCellValues.Continue)
        {
            var spec = table.Columns[column];
            var align = cell.Align ?? (header ? Model.CellAlign.Center : spec.Numeric ? Model.CellAlign.Right : spec.Align);
            var styleAlign = header ? Model.CellAlign.Center : Model.CellAlign.Left;
            if (align != styleAlign)
            {
                ppr.Justification = new Justification { Val = Justify(align) };
            }
            if (cell.Indent > 0)
            {
                var chars = cell.Indent * sheet.Table.IndentPerLevelChars;
                ppr.Indentation = new Indentation
                {
                    Left = Units.Text(Units.Twips(chars * sheet.Font(FontRoleNames.Table).SizePt)),
                    LeftChars = Units.Chars100(chars),
                };
            }
            if (cell.Text.Length > 0)
            {
                var run = new Run();
                AppendText(run, header ? HeaderLines(cell.Text, widths.Skip(column).Take(span).Sum(), compounds) : cell.Text);
                paragraph.Append(run);
            }
        }
        return new TableCell(tcPr, paragraph);
    }

    /// <summary>A header label in a cell <paramref name="cellTwips"/> wide, broken between words (<see cref="TableColumnWidths.HeaderLines"/>).</summary>
    private string HeaderLines(string text, int cellTwips, bool compounds) =>
        TableColumnWidths.HeaderLines(text, cellTwips / 20.0, sheet, compounds);

    private static JustificationValues Justify(Model.CellAlign align) => align switch
    {
        Model.CellAlign.Center => JustificationValues.Center,
        Model.CellAlign.Right => JustificationValues.Right,
        _ => JustificationValues.Left,
    };
}
