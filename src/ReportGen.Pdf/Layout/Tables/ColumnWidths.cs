using ReportGen.Core.Layout;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Layout.Tables;

/// <summary>
/// Column positions from the widths every format shares (<see cref="TableColumnWidths"/>), given the
/// faces this PDF embeds to measure (text counts as the wider of them and the shared estimate): with 宋体 or the
/// Fandol faces the columns are the DOCX's; with a wider face (Noto CJK's digits) an amount still
/// never wraps here.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>
    /// The column positions at <paramref name="width"/>, measured once per table and width: the forms of
    /// a group all ask for those of the same combined table, which would otherwise be measured once per form.
    /// </summary>
    public static float[] Positions(TableContent content, float width)
    {
        if (!content.PositionsByWidth.TryGetValue(width, out var positions))
        {
            positions = Compute(content, width);
            content.PositionsByWidth[width] = positions;
        }
        return positions;
    }

    private static float[] Compute(TableContent content, float width)
    {
        var widths = TableColumnWidths.Points(content.Table, content.Style, width, content.Measure);
        var x = new float[widths.Length + 1];
        var sum = 0.0;
        for (var i = 0; i < widths.Length; i++)
        {
            sum += widths[i];
            x[i + 1] = (float)sum;
        }
        return x;
    }

    /// <summary>The text set in the role's chain (<paramref name="location"/> names the table if a character is not covered).</summary>
    public static TextWidth Measure(FontSet fonts, string location)
    {
        var styles = new System.Collections.Concurrent.ConcurrentDictionary<(string Role, bool Bold), TextStyle>();
        return (text, role, bold) => TextShaper.Width(text, styles.GetOrAdd((role, bold), k => fonts.Text(k.Role, k.Bold)), () => location);
    }
}
