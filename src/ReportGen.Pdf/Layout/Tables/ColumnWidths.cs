namespace ReportGen.Pdf.Layout.Tables;

/// <summary>
/// Column widths: the width hints of the column specs share the table width, but no column is
/// narrower than its content allows (a number is never wrapped, a word never split); columns that
/// must grow take the room from the others in proportion to their hints. Then room a column does
/// not need (wider than its longest cell) goes to the columns that would wrap by the least,
/// so a short label such as "当年整体绩效目标" stays on one line while long text takes the wrapping.
/// </summary>
internal static class ColumnWidths
{
    public static float[] Positions(TableContent content, float width, float padding)
    {
        var n = content.Columns.Count;
        var hints = content.Columns.Select(c => (float)Math.Max(c.Width, 0.01)).ToArray();
        var min = new float[n];
        var natural = new float[n];
        foreach (var cell in content.Header.Concat(content.Body).Where(c => c.ColSpan == 1))
        {
            min[cell.Column] = Math.Max(min[cell.Column], cell.MinTextWidth() + 2 * padding);
        }
        foreach (var cell in content.Header.Concat(content.Body).Where(c => c.ColSpan == 1))
        {
            natural[cell.Column] = Math.Max(natural[cell.Column], cell.NaturalWidth() + 2 * padding);
        }
        var widths = Rebalance(Distribute(hints, min, width), natural);
        var x = new float[n + 1];
        for (var i = 0; i < n; i++)
        {
            x[i + 1] = x[i] + widths[i];
        }
        return x;
    }

    /// <summary>
    /// Moves room from columns wider than their content (<paramref name="natural"/>) to the columns
    /// short of theirs, the smallest shortfalls first (each one then fits on one line).
    /// </summary>
    public static float[] Rebalance(float[] widths, float[] natural)
    {
        var n = widths.Length;
        var result = (float[])widths.Clone();
        var spare = Enumerable.Range(0, n).Sum(i => Math.Max(0, widths[i] - Math.Max(natural[i], 0)));
        var given = 0f;
        foreach (var i in Enumerable.Range(0, n).Where(i => natural[i] > widths[i] + Units.Epsilon).OrderBy(i => natural[i] - widths[i]))
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
        var totalSpare = spare;
        for (var i = 0; i < n; i++)
        {
            var room = Math.Max(0, widths[i] - natural[i]);
            if (room > 0)
            {
                result[i] -= given * room / totalSpare;
            }
        }
        return result;
    }

    public static float[] Distribute(float[] hints, float[] min, float width)
    {
        var n = hints.Length;
        var totalMin = min.Sum();
        if (totalMin >= width)
        {
            // Too wide for the page even at its narrowest: shrink everything alike.
            return min.Select(m => totalMin > 0 ? m * width / totalMin : width / n).ToArray();
        }
        var fixedAt = new bool[n];
        var widths = new float[n];
        while (true)
        {
            var free = width - Enumerable.Range(0, n).Where(i => fixedAt[i]).Sum(i => min[i]);
            var freeHints = Enumerable.Range(0, n).Where(i => !fixedAt[i]).Sum(i => hints[i]);
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                widths[i] = fixedAt[i] ? min[i] : free * hints[i] / freeHints;
                if (!fixedAt[i] && widths[i] < min[i] - Units.Epsilon)
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
}
