using ReportGen.Core.Documents;
using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Layout.Tables;

/// <summary>A cell placed on the table grid with its shaped text (width-independent).</summary>
internal sealed record TableCellContent(int Row, int Column, int RowSpan, int ColSpan, Glyph[] Glyphs, TextAlign Align, float Indent, LineMetrics Metrics, bool Numeric)
{
    public int LastRow => Row + RowSpan - 1;

    public int LastColumn => Column + ColSpan - 1;

    /// <summary>
    /// For a name in the body (not a number, not a sentence): the same glyphs shaped to break between
    /// words only (<see cref="TextShaper.ShapeWords"/>), made on first use; null otherwise. Same length
    /// and advances as <see cref="Glyphs"/>, so lines broken on these hold for those.
    /// </summary>
    public Lazy<Glyph[]>? WordGlyphs { get; init; }

    /// <summary>The narrowest the cell's column can be: a number whole, otherwise the widest unbreakable piece (plus indent).</summary>
    public float MinTextWidth()
    {
        if (Numeric)
        {
            return NaturalWidth();
        }
        var widest = 0f;
        var run = 0f;
        for (var i = 0; i < Glyphs.Length; i++)
        {
            run += Glyphs[i].IsSpace ? 0 : Glyphs[i].Advance;
            if (LineBreaker.CanBreakAfter(Glyphs, i))
            {
                widest = Math.Max(widest, run);
                run = 0;
            }
        }
        return Math.Max(widest, run) + Indent;
    }

    /// <summary>The width of the cell's text on one line (its longest line when it has forced breaks), plus indent.</summary>
    public float NaturalWidth()
    {
        float widest = 0, line = 0, trailingSpace = 0;
        foreach (var g in Glyphs)
        {
            if (g.IsNewline)
            {
                widest = Math.Max(widest, line - trailingSpace);
                line = trailingSpace = 0;
                continue;
            }
            line += g.Advance;
            trailingSpace = g.IsSpace ? trailingSpace + g.Advance : 0;
        }
        return Math.Max(widest, line - trailingSpace) + Indent;
    }

    public static TextAlign ToTextAlign(CellAlign align) => align switch
    {
        CellAlign.Center => TextAlign.Center,
        CellAlign.Right => TextAlign.Right,
        _ => TextAlign.Left,
    };
}
