using ReportGen.Core.Styling;
using ReportGen.Core.Documents;

namespace ReportGen.Core.Layout;

/// <summary>
/// Column widths in whole units of the caller (twips for the DOCX, hundredths of a point for the
/// XLSX; <c>unitsPerPoint</c> says which): the model's width hints scaled to the text block, then widened where a
/// column's longest unbreakable token (an amount such as 17,625,499.55, a code, a Latin word) would
/// not fit, taking the room from columns that have more than they need. Word wraps text at any CJK
/// character, but an amount split over two lines is unreadable. Last, the step the PDF shares
/// (<see cref="ColumnFit.Rebalance"/>): room a column does not need goes to the columns that would
/// wrap by the least, so both formats divide a table alike.
/// </summary>
public static class TableColumnWidths
{
    public static int[] For(Table table, StyleSheet sheet, int total, double unitsPerPoint) =>
        Rebalance(Fitted(table, sheet, total, unitsPerPoint), Natural(table, sheet, unitsPerPoint));

    private static int Units(double points, double unitsPerPoint) => (int)Math.Round(points * unitsPerPoint, MidpointRounding.AwayFromZero);

    private static int[] Fitted(Table table, StyleSheet sheet, int total, double unitsPerPoint)
    {
        var widths = FromHints(table.Columns, total);
        var minimum = Minimum(table, sheet, unitsPerPoint);
        if (minimum.Sum() > total)
        {
            // Too wide even at the minimum (the estimate is generous): every column shrinks alike from
            // its minimum, as the PDF typesetter does, rather than falling back to the bare hints.
            var sum = minimum.Sum();
            var scaled = minimum.Select(m => (int)Math.Floor((double)m * total / sum)).ToArray();
            scaled[Array.IndexOf(scaled, scaled.Max())] += total - scaled.Sum();
            return scaled;
        }
        var need = 0;
        for (var i = 0; i < widths.Length; i++)
        {
            if (widths[i] < minimum[i])
            {
                need += minimum[i] - widths[i];
                widths[i] = minimum[i];
            }
        }
        // Take what the narrow columns need from the others, in proportion to their spare room.
        var spare = widths.Select((w, i) => Math.Max(0, w - minimum[i])).ToArray();
        var spareTotal = spare.Sum();
        if (need == 0 || spareTotal == 0)
        {
            return widths;
        }
        var taken = 0;
        var last = Array.FindLastIndex(spare, s => s > 0);
        for (var i = 0; i < widths.Length; i++)
        {
            var take = i == last ? need - taken : (int)Math.Floor((double)need * spare[i] / spareTotal);
            widths[i] -= take;
            taken += take;
        }
        return widths;
    }

    /// <summary>The hints scaled so the widths sum exactly to <paramref name="total"/>.</summary>
    public static int[] FromHints(IReadOnlyList<ColumnSpec> columns, int total)
    {
        var sum = columns.Sum(c => Math.Max(c.Width, 0));
        var widths = new int[columns.Count];
        var used = 0;
        for (var i = 0; i < columns.Count; i++)
        {
            widths[i] = i == columns.Count - 1
                ? total - used
                : (int)Math.Round(total * (sum > 0 ? Math.Max(columns[i].Width, 0) / sum : 1.0 / columns.Count));
            used += widths[i];
        }
        return widths;
    }

    /// <summary><see cref="ColumnFit.Rebalance"/> in whole units, keeping the total exact.</summary>
    private static int[] Rebalance(int[] widths, int[] natural)
    {
        var moved = ColumnFit.Rebalance([.. widths.Select(w => (double)w)], [.. natural.Select(w => (double)w)], epsilon: 1);
        var result = moved.Select(w => (int)Math.Floor(w)).ToArray();
        var rest = widths.Sum() - result.Sum();
        result[Array.IndexOf(moved, moved.Max())] += rest;
        return result;
    }

    /// <summary>Per column, the width of its longest cell set on one line (header and body), plus indent and padding.</summary>
    private static int[] Natural(Table table, StyleSheet sheet, double unitsPerPoint)
    {
        var n = table.Columns.Count;
        var padding = 2 * Units(sheet.Table.CellPaddingHorizontalPt, unitsPerPoint);
        var natural = new int[n];
        void Measure(IReadOnlyList<TableRow> rows, string role)
        {
            var emUnits = Units(sheet.FontOr(role, FontRoleNames.Table).SizePt, unitsPerPoint);
            foreach (var placed in TableGrid.Place(n, rows).Where(p => p.Cell.ColSpan == 1))
            {
                var em = placed.Cell.Text.Split('\n').Max(TextEstimate.WidthEm) + placed.Cell.Indent * sheet.Table.IndentPerLevelChars;
                natural[placed.Column] = Math.Max(natural[placed.Column], (int)Math.Ceiling(em * emUnits) + padding);
            }
        }
        Measure(table.HeaderRows, FontRoleNames.TableHeader);
        Measure(table.BodyRows, FontRoleNames.Table);
        return natural;
    }

    /// <summary>
    /// Per column, the width of its longest unbreakable token in the body rows, and of the longest
    /// word of its header labels (they break between words only: "科目/编码"), plus the cell padding.
    /// </summary>
    private static int[] Minimum(Table table, StyleSheet sheet, double unitsPerPoint)
    {
        var n = table.Columns.Count;
        var emUnits = Units(sheet.Font(FontRoleNames.Table).SizePt, unitsPerPoint);
        var padding = 2 * Units(sheet.Table.CellPaddingHorizontalPt, unitsPerPoint);
        var minimum = new int[n];
        var headerEm = Units(sheet.Font(FontRoleNames.TableHeader).SizePt, unitsPerPoint);
        foreach (var placed in TableGrid.Place(n, table.HeaderRows).Where(p => p.Cell.ColSpan == 1))
        {
            var word = ChineseWords.BreakUnits(placed.Cell.Text).Select(TextEstimate.WidthEm).DefaultIfEmpty(0).Max();
            minimum[placed.Column] = Math.Max(minimum[placed.Column], (int)Math.Ceiling(word * headerEm) + padding);
        }
        foreach (var placed in TableGrid.Place(n, table.BodyRows))
        {
            if (placed.Cell.ColSpan != 1)
            {
                continue;
            }
            var indent = placed.Cell.Indent * sheet.Table.IndentPerLevelChars;
            var token = TextEstimate.LongestTokenEm(placed.Cell.Text);
            if (token > 0)
            {
                // The rules and a quarter point more: LibreOffice takes a cell's borders from its text
                // area, and set "2080505" in a column of exactly its estimated width on two lines.
                var width = (int)Math.Ceiling((token + indent) * emUnits) + padding + Units(2 * sheet.Table.RuleWidthPt + 0.25, unitsPerPoint);
                minimum[placed.Column] = Math.Max(minimum[placed.Column], width);
            }
        }
        return minimum;
    }
}
