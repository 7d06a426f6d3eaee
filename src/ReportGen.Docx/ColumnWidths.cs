using ReportGen.Core.Styling;
using Model = ReportGen.Core.Documents;

namespace ReportGen.Docx;

/// <summary>
/// Column widths in twips: the model's width hints scaled to the text block, then widened where a
/// column's longest unbreakable token (an amount such as 17,625,499.55, a code, a Latin word) would
/// not fit, taking the room from columns that have more than they need. Word wraps text at any CJK
/// character, but an amount split over two lines is unreadable.
/// </summary>
internal static class ColumnWidths
{
    public static int[] For(Model.Table table, StyleSheet sheet, int total)
    {
        var widths = FromHints(table.Columns, total);
        var minimum = Minimum(table, sheet);
        if (minimum.Sum() > total)
        {
            return widths;
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
    public static int[] FromHints(IReadOnlyList<Model.ColumnSpec> columns, int total)
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

    /// <summary>Per column, the width of its longest unbreakable token in the body rows plus the cell padding.</summary>
    private static int[] Minimum(Model.Table table, StyleSheet sheet)
    {
        var n = table.Columns.Count;
        var emTwips = Units.Twips(sheet.Font(FontRoleNames.Table).SizePt);
        var padding = 2 * Units.Twips(sheet.Table.CellPaddingHorizontalPt);
        var minimum = new int[n];
        foreach (var placed in Model.TableGrid.Place(n, table.BodyRows))
        {
            if (placed.Cell.ColSpan != 1)
            {
                continue;
            }
            var indent = placed.Cell.Indent * sheet.Table.IndentPerLevelChars;
            var token = TextEstimate.LongestTokenEm(placed.Cell.Text);
            if (token > 0)
            {
                var width = (int)Math.Ceiling((token + indent) * emTwips) + padding;
                minimum[placed.Column] = Math.Max(minimum[placed.Column], width);
            }
        }
        return minimum;
    }
}
