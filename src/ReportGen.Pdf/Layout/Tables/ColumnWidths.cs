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

    /// <summary>The shared rebalancing step (<see cref="ReportGen.Core.Layout.ColumnFit"/>), in points.</summary>
    public static float[] Rebalance(float[] widths, float[] natural) =>
        [.. ReportGen.Core.Layout.ColumnFit.Rebalance([.. widths.Select(w => (double)w)], [.. natural.Select(w => (double)w)], Units.Epsilon).Select(w => (float)w)];

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
