using ReportGen.Core.Documents;
using ReportGen.Core.Layout;
using ReportGen.Core.Styling;

namespace ReportGen.Xlsx;

/// <summary>Places one table on a sheet from a given row: number, title, subtitles, captions, header, body, notes.</summary>
/// <remarks><paramref name="linkTargets"/> (the 目录 only): cells whose text is a table number link to that table's sheet.</remarks>
internal sealed class TableLayout(SheetPlan plan, Table table, StyleSheet style, int columnCount, IReadOnlyDictionary<string, string>? linkTargets)
{
    private readonly int _last = columnCount - 1;

    /// <summary>Places the table with its first line at <paramref name="row"/>; returns the row after it.</summary>
    public int Place(int row)
    {
        var t = style.Table;
        if (table.Number is not null)
        {
            Text(row, 0, table.Number, new CellStyle(FontRoleNames.Caption));
            Height(row, t.CaptionLinePitchPt);
            row++;
        }
        Line(row++, table.Title, FontRoleNames.TableTitle, CellAlign.Center, t.TitleLinePitchPt);
        foreach (var subtitle in table.Subtitles)
        {
            Line(row++, subtitle, FontRoleNames.TableSubtitle, CellAlign.Center, t.CaptionLinePitchPt);
        }
        row = Captions(row);
        var headerStart = row;
        row = Rows(row, table.HeaderRows, header: true);
        if (row > headerStart && plan.FrozenRows == 0)
        {
            // The first table's header: frozen on screen and repeated on printed pages.
            plan.FrozenRows = row;
            if (table.RepeatHeader)
            {
                plan.PrintTitleRows = (headerStart, row - 1);
            }
        }
        row = Rows(row, table.BodyRows, header: false);
        foreach (var note in table.Notes)
        {
            Line(row++, note, FontRoleNames.Note, CellAlign.Left, t.CaptionLinePitchPt);
        }
        return row;
    }

    /// <summary>
    /// 部门全称 (left) and 单位 (right) on one row: the right caption merged over as many of the last
    /// columns as its text needs (a narrow last column clipped "单位：万元" to "位：万元"), the left one
    /// over the rest.
    /// </summary>
    private int Captions(int row)
    {
        var left = table.LeftCaption;
        var right = table.RightCaption;
        if (left is null && right is null)
        {
            return row;
        }
        var caption = new CellStyle(FontRoleNames.Caption);
        if (_last == 0 && left is not null && right is not null)
        {
            Text(row++, 0, left, caption);
            Text(row++, 0, right, caption with { Align = CellAlign.Right });
            return row;
        }
        var rightStart = right is null ? _last + 1 : RightCaptionStart(right);
        if (left is not null)
        {
            Text(row, 0, left, caption);
            MergeRange(row, 0, row, rightStart - 1, caption);
        }
        if (right is not null)
        {
            var cell = caption with { Align = CellAlign.Right };
            Text(row, rightStart, right, cell);
            MergeRange(row, rightStart, row, _last, cell);
        }
        Height(row, style.Table.CaptionLinePitchPt);
        return row + 1;
    }

    /// <summary>The first of the last columns that together hold <paramref name="text"/> on one line (at least the last, at most all but the first).</summary>
    private int RightCaptionStart(string text)
    {
        var needPt = TextEstimate.WidthEm(text) * Font(FontRoleNames.Caption).SizePt + 2 * style.Table.CellPaddingHorizontalPt;
        var start = _last;
        while (start > 1 && Width(start, _last) < needPt)
        {
            start--;
        }
        return start;
    }

    /// <summary>A line merged across the table (title, subtitle, note), its height from the text it wraps to.</summary>
    private void Line(int row, string text, string role, CellAlign align, double pitchPt)
    {
        var cell = new CellStyle(role, Align: align, Wrap: true);
        Text(row, 0, text, cell);
        MergeRange(row, 0, row, _last, cell);
        var font = Font(role);
        var lines = TextEstimate.Lines(text, font.SizePt, Width(0, _last));
        Height(row, Math.Max(pitchPt, lines * font.SizePt * 1.3 + 2 * style.Table.CellPaddingVerticalPt));
    }

    private int Rows(int first, IReadOnlyList<TableRow> rows, bool header)
    {
        if (rows.Count == 0)
        {
            return first;
        }
        var t = style.Table;
        var needed = new double[rows.Count];
        var placed = TableGrid.Place(columnCount, rows);
        var empty = header ? TableColumnWidths.EmptyColumns(table) : [];
        foreach (var p in placed)
        {
            var row = first + p.Row;
            var column = p.Column;
            var lastColumn = Math.Min(_last, column + p.Cell.ColSpan - 1);
            var lastRow = row + p.Cell.RowSpan - 1;
            var spec = table.Columns[Math.Min(column, table.Columns.Count - 1)];
            var kind = rows[p.Row].Kind;
            var role = header ? FontRoleNames.TableHeader : FontRoleNames.Table;
            var cell = new CellStyle(
                role,
                Bold: !header && kind == RowKind.Total,
                Border: true,
                Align: header ? p.Cell.Align ?? CellAlign.Center : p.Cell.Align ?? spec.Align,
                Wrap: true,
                Indent: header ? 0 : p.Cell.Indent,
                Shaded: header && style.Table.HeaderShading.Length > 0);
            // A header label broken between words as in the DOCX (a spreadsheet would break "事业收/入").
            var label = header ? TableColumnWidths.HeaderLines(p.Cell.Text, Width(column, lastColumn), style, p.Cell.ColSpan == 1 && column < empty.Length && empty[column]) : p.Cell.Text;
            var value = header ? (label.Length == 0 ? null : new TextValue(label)) : CellText.Value(p.Cell.Text, spec.Numeric && p.Cell.ColSpan == 1);
            if (value is NumberValue number)
            {
                cell = cell with { NumberFormat = number.Format, Wrap = false, Align = p.Cell.Align ?? (spec.Numeric ? CellAlign.Right : spec.Align) };
            }
            if (value is TextValue text && linkTargets is not null && linkTargets.TryGetValue(text.Text, out var target))
            {
                cell = cell with { Link = true };
                plan.Links.Add(new SheetLink(row, column, target));
            }
            plan.Cells.Add(new PlannedCell(row, column, value, cell));
            if (lastRow > row || lastColumn > column)
            {
                MergeRange(row, column, lastRow, lastColumn, cell);
            }
            // The height the text needs, shared by the rows it spans.
            var font = Font(role);
            var indentPt = p.Cell.Indent * t.IndentPerLevelChars * font.SizePt;
            var widthPt = Width(column, lastColumn) - 2 * t.CellPaddingHorizontalPt - indentPt;
            var lines = value is NumberValue ? 1 : TextEstimate.Lines(label, font.SizePt, widthPt);
            var need = lines * t.LinePitchPt + 2 * t.CellPaddingVerticalPt;
            var span = lastRow - row + 1;
            for (var r = p.Row; r < Math.Min(rows.Count, p.Row + span); r++)
            {
                needed[r] = Math.Max(needed[r], need / span);
            }
        }
        for (var r = 0; r < rows.Count; r++)
        {
            Height(first + r, Math.Max(t.MinRowHeightPt, needed[r]));
        }
        return first + rows.Count;
    }

    private void Text(int row, int column, string text, CellStyle cell) =>
        plan.Cells.Add(new PlannedCell(row, column, text.Length == 0 ? null : new TextValue(text), cell));

    /// <summary>Merges a range; the covered cells get the same style so borders are drawn all around.</summary>
    private void MergeRange(int firstRow, int firstColumn, int lastRow, int lastColumn, CellStyle cell)
    {
        if (lastRow == firstRow && lastColumn == firstColumn)
        {
            return;
        }
        plan.Merges.Add(new Merge(firstRow, firstColumn, lastRow, lastColumn));
        for (var r = firstRow; r <= lastRow; r++)
        {
            for (var c = firstColumn; c <= lastColumn; c++)
            {
                if (r != firstRow || c != firstColumn)
                {
                    plan.Cells.Add(new PlannedCell(r, c, null, cell));
                }
            }
        }
    }

    /// <summary>Sets a row's height: the tallest asked for.</summary>
    private void Height(int row, double points) =>
        plan.RowHeights[row] = Math.Round(Math.Max(points, plan.RowHeights.GetValueOrDefault(row)), 2);

    private double Width(int first, int last) => plan.ColumnWidths.Skip(first).Take(last - first + 1).Sum();

    private FontRole Font(string role) => role == FontRoleNames.TableSubtitle ? style.FontOr(role, FontRoleNames.Caption) : style.Font(role);
}
