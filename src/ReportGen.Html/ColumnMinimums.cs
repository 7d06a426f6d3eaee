using ReportGen.Core.Documents;
using ReportGen.Core.Layout;

namespace ReportGen.Html;

/// <summary>
/// The narrowest each column of a table may get on screen, in ems of the table font: its width hint
/// times <c>web.tableMinCharsPerWidthUnit</c>, and never less than its content needs — a figure is
/// never wrapped (its whole width), other text wraps between Chinese characters but not inside a
/// run of digits or letters (a code such as 2010301), and a short label stays whole. The page gives the columns these minimums as
/// proportions and the table their sum as its minimum width, so a narrow screen scrolls the table
/// instead of crushing its name column.
/// </summary>
internal static class ColumnMinimums
{
    /// <summary>A label up to this wide (科目编码, 预算数, 表十七) stays on one line.</summary>
    private const double ShortLabelEm = 4;

    /// <summary>Room for the cell rules and rounding: text exactly as wide as its box may still wrap.</summary>
    private const double SlackEm = 0.3;

    public static double[] Of(Table table, double emPerWidthUnit, double cellPaddingEm)
    {
        var minimums = table.Columns.Select(c => c.Width * emPerWidthUnit).ToArray();
        var n = minimums.Length;
        foreach (var (rows, header) in new[] { (table.HeaderRows, true), (table.BodyRows, false) })
        {
            foreach (var placed in TableGrid.Place(n, rows).Where(p => p.Cell.ColSpan == 1))
            {
                var text = placed.Cell.Text;
                var figure = !header && table.Columns[placed.Column].Numeric;
                var need = (figure ? TextEstimate.WidthEm(text)
                    : Math.Max(TextEstimate.LongestTokenEm(text), Math.Min(TextEstimate.WidthEm(text), ShortLabelEm))) + 2 * cellPaddingEm + SlackEm;
                minimums[placed.Column] = Math.Max(minimums[placed.Column], need);
            }
        }
        return minimums;
    }
}
