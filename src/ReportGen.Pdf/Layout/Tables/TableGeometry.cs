using ReportGen.Core.Styling;
using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Layout.Tables;

/// <summary>A cell's lines at the table's column widths.</summary>
internal sealed record CellLines(TableCellContent Cell, IReadOnlyList<Line> Lines, float TextWidth)
{
    public float TextHeight => Lines.Count * Cell.Metrics.Pitch;
}

/// <summary>
/// A table's geometry at one width: column positions, every cell's lines, row heights, and the
/// groups of body rows that rowspans tie together (a group is never split unless it is taller
/// than a page).
/// </summary>
internal sealed class TableGeometry
{
    public TableGeometry(TableContent content, TableStyle style, float width, TableContent? widthSource = null)
    {
        Width = width;
        Padding = (float)style.CellPaddingHorizontalPt;
        PaddingV = (float)style.CellPaddingVerticalPt;
        // Text breaks within what the shared widths leave it (TableColumnWidths.CellExtraPt): the
        // padding and the two rules, as LibreOffice sets the DOCX, so both wrap the same cells.
        Rules = (float)ReportGen.Core.Layout.TableColumnWidths.RuleRoomPt(style);
        ColumnX = ColumnWidths.Positions(widthSource ?? content, width);
        Header = content.Header.Select(c => Lines(c, balanced: true)).ToList();
        Body = content.Body.Select(c => Lines(c, balanced: false)).ToList();
        var minRow = (float)style.MinRowHeightPt;
        HeaderHeights = RowHeights(Header, content.HeaderRowCount, minRow);
        BodyHeights = RowHeights(Body, content.BodyRowCount, minRow);
        GroupEnd = Groups(Body, content.BodyRowCount);
    }

    public float Width { get; }

    public float Padding { get; }

    public float PaddingV { get; }

    /// <summary>The room of the rules (and a quarter point) a cell's lines leave besides the padding.</summary>
    public float Rules { get; }

    /// <summary>Column boundaries relative to the table's left edge (count + 1 values).</summary>
    public float[] ColumnX { get; }

    public IReadOnlyList<CellLines> Header { get; }

    public IReadOnlyList<CellLines> Body { get; }

    public float[] HeaderHeights { get; }

    public float[] BodyHeights { get; }

    /// <summary>For each body row, the end (exclusive) of the row group it starts.</summary>
    public int[] GroupEnd { get; }

    public float HeaderHeight => HeaderHeights.Sum();

    public float Height(int fromRow, int toRow)
    {
        var h = 0f;
        for (var r = fromRow; r < toRow; r++)
        {
            h += BodyHeights[r];
        }
        return h;
    }

    private CellLines Lines(TableCellContent cell, bool balanced)
    {
        var textWidth = ColumnX[cell.LastColumn + 1] - ColumnX[cell.Column] - 2 * Padding - cell.Indent;
        var breakWidth = textWidth - Rules;
        // Body cells as paragraphs: never one character alone on a name's last line ("…养老支/出", "（本/级）").
        var lines = balanced ? LineBreaker.Break(cell.Glyphs, breakWidth, breakWidth) : LineBreaker.BreakParagraph(cell.Glyphs, breakWidth, breakWidth, justify: false, punctuationAlone: true);
        if (balanced && lines.Count is > 1 and <= MaxBalancedLines)
        {
            lines = Balanced(cell.Glyphs, lines.Count, cell.MinTextWidth() - cell.Indent, breakWidth);
        }
        else if (!balanced && lines.Count is > 1 and <= MaxBalancedLines && BetweenWords(cell, breakWidth, lines.Count) is { } words)
        {
            lines = words;
        }
        return new CellLines(cell, lines, textWidth);
    }

    /// <summary>
    /// A name's lines broken between words ("相关机构/事务", not "相关机/构事务") when that takes no more
    /// lines than breaking between any two characters (the DOCX's row heights stay the PDF's) and leaves
    /// no character alone on the last line; else null. Sentences keep the breaks of Chinese running
    /// text, between any two characters, which keep their lines full (they have no word glyphs).
    /// </summary>
    private static List<Line>? BetweenWords(TableCellContent cell, float width, int count)
    {
        if (cell.WordGlyphs?.Value is not { } glyphs)
        {
            return null;
        }
        var lines = LineBreaker.Break(glyphs, width, width);
        return lines.Count == count && lines.All(l => l.Width <= width + Units.Epsilon) && LineBreaker.Marks(glyphs, lines[^1], countPunctuation: false) != 1 ? lines : null;
    }

    /// <summary>Header labels of up to this many lines are set with lines of even length ("公务/接待费", not "公务接待/费").</summary>
    private const int MaxBalancedLines = 3;

    /// <summary>The lines of the narrowest width (down to <paramref name="min"/>) that still gives <paramref name="count"/> lines.</summary>
    private static List<Line> Balanced(Glyph[] glyphs, int count, float min, float max)
    {
        float lo = Math.Max(min, max / count - Units.Epsilon), hi = max;
        var best = LineBreaker.Break(glyphs, max, max);
        for (var i = 0; i < 12 && hi - lo > 0.25f; i++)
        {
            var mid = (lo + hi) / 2;
            var lines = LineBreaker.Break(glyphs, mid, mid);
            if (lines.Count <= count && lines.All(l => l.Width <= mid + Units.Epsilon) && lines.All(l => l.Last || LineBreaker.CanBreakAfter(glyphs, l.Next - 1)))
            {
                best = lines;
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }
        return best;
    }

    private float[] RowHeights(IReadOnlyList<CellLines> cells, int rows, float minRow)
    {
        var heights = Enumerable.Repeat(minRow, rows).ToArray();
        foreach (var c in cells.Where(c => c.Cell.RowSpan == 1))
        {
            heights[c.Cell.Row] = Math.Max(heights[c.Cell.Row], c.TextHeight + 2 * PaddingV);
        }
        // A spanning cell taller than its rows makes its last row taller.
        foreach (var c in cells.Where(c => c.Cell.RowSpan > 1))
        {
            var last = Math.Min(c.Cell.LastRow, rows - 1);
            var have = 0f;
            for (var r = c.Cell.Row; r <= last; r++)
            {
                have += heights[r];
            }
            var need = c.TextHeight + 2 * PaddingV;
            if (need > have)
            {
                heights[last] += need - have;
            }
        }
        return heights;
    }

    private static int[] Groups(IReadOnlyList<CellLines> cells, int rows)
    {
        var reach = Enumerable.Range(0, rows).ToArray();
        foreach (var c in cells)
        {
            reach[c.Cell.Row] = Math.Max(reach[c.Cell.Row], Math.Min(c.Cell.LastRow, rows - 1));
        }
        var end = new int[rows];
        var r = 0;
        while (r < rows)
        {
            var groupEnd = r;
            for (var k = r; k <= groupEnd; k++)
            {
                groupEnd = Math.Max(groupEnd, reach[k]);
            }
            for (var k = r; k <= groupEnd; k++)
            {
                end[k] = groupEnd + 1;
            }
            r = groupEnd + 1;
        }
        return end;
    }
}
