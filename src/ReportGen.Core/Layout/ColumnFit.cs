namespace ReportGen.Core.Layout;

/// <summary>
/// The two steps of <see cref="TableColumnWidths"/>: the width hints share the table width with no
/// column below its minimum (<see cref="Distribute"/>); then room a column does not need (it is
/// wider than its longest cell set on one line) goes to the columns that are short of their natural
/// width, the smallest shortfalls first, so that each of those then fits on one line (a short label
/// such as "当年整体绩效目标" stays whole while long text takes the wrapping) (<see cref="Rebalance"/>).
/// Units are the caller's (points, twips …).
/// </summary>
public static class ColumnFit
{
    /// <summary>
    /// The hints share <paramref name="width"/>, but no column is narrower than <paramref name="min"/>
    /// (a number is never wrapped, a word never split): columns that must grow take the room from the
    /// others in proportion to their hints. A table too wide even at its minimums shrinks every
    /// column alike.
    /// </summary>
    public static double[] Distribute(IReadOnlyList<double> hints, IReadOnlyList<double> min, double width, double epsilon = 0.01)
    {
        var n = hints.Count;
        var totalMin = min.Sum();
        if (totalMin >= width)
        {
            return [.. min.Select(m => totalMin > 0 ? m * width / totalMin : width / n)];
        }
        var fixedAt = new bool[n];
        var widths = new double[n];
        while (true)
        {
            var free = width - Enumerable.Range(0, n).Where(i => fixedAt[i]).Sum(i => min[i]);
            var freeHints = Enumerable.Range(0, n).Where(i => !fixedAt[i]).Sum(i => hints[i]);
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                widths[i] = fixedAt[i] ? min[i] : free * hints[i] / freeHints;
                if (!fixedAt[i] && widths[i] < min[i] - epsilon)
                {
                    fixedAt[i] = true;
                    changed = true;
                }
            }
            if (!changed)
            {
                return widths;
            }
        }
    }

    /// <summary>
    /// Returns new widths (same total) after moving spare room from columns wider than
    /// <paramref name="natural"/> to columns narrower than it.
    /// </summary>
    public static double[] Rebalance(IReadOnlyList<double> widths, IReadOnlyList<double> natural, double epsilon = 0.01)
    {
        var n = widths.Count;
        var result = widths.ToArray();
        var spare = Enumerable.Range(0, n).Sum(i => Math.Max(0, widths[i] - Math.Max(natural[i], 0)));
        var given = 0.0;
        foreach (var i in Enumerable.Range(0, n).Where(i => natural[i] > widths[i] + epsilon).OrderBy(i => natural[i] - widths[i]))
        {
            var need = natural[i] - widths[i];
            if (given + need > spare)
            {
                break;
            }
            result[i] += need;
            given += need;
        }
        if (given <= 0)
        {
            return result;
        }
        // Take what was given from the columns with room, in proportion to their room.
        for (var i = 0; i < n; i++)
        {
            var room = Math.Max(0, widths[i] - natural[i]);
            if (room > 0)
            {
                result[i] -= given * room / spare;
            }
        }
        return result;
    }
}
