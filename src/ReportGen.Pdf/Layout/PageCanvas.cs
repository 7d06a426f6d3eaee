using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Layout;

/// <summary>Records what the layout draws on one page into its display list.</summary>
internal sealed class PageCanvas(LaidOutPage page, bool onPaper = false)
{
    public LaidOutPage Page { get; } = page;

    /// <summary>Where the ops go: the page's content, or the sheet of a rotated page (<see cref="LaidOutPage.PaperOps"/>).</summary>
    private List<DrawOp> Target => onPaper ? Page.PaperOps : Page.Ops;

    /// <summary>
    /// Draws glyphs [start, end) of <paramref name="glyphs"/> on <paramref name="baseline"/> at
    /// x = <paramref name="x"/> + <paramref name="xs"/>[i − start], one text op per run of the same face and size.
    /// </summary>
    public void Text(ReadOnlySpan<Glyph> glyphs, int start, int end, float[] xs, float x, float baseline)
    {
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            while (j < end && glyphs[j].Face == glyphs[i].Face && glyphs[j].Size == glyphs[i].Size && glyphs[j].Role == glyphs[i].Role)
            {
                j++;
            }
            var marks = 0;
            for (var k = i; k < j; k++)
            {
                marks += glyphs[k].IsSpace || glyphs[k].IsNewline ? 0 : 1;
            }
            if (marks > 0)
            {
                // Spaces are positions, not marks: nothing to draw or embed.
                var cps = new int[marks];
                var pos = new float[marks];
                var m = 0;
                for (var k = i; k < j; k++)
                {
                    if (!glyphs[k].IsSpace && !glyphs[k].IsNewline)
                    {
                        cps[m] = glyphs[k].CodePoint;
                        pos[m++] = x + xs[k - start];
                    }
                }
                Target.Add(new TextOp(glyphs[i].Face, glyphs[i].Size, baseline, cps, pos) { Role = glyphs[i].Role });
            }
            i = j;
        }
    }

    public void Rule(float x1, float y1, float x2, float y2, float width) => Page.Ops.Add(new RuleOp(x1, y1, x2, y2, width));

    public void Fill(float x, float y, float width, float height, uint rgb) => Page.Ops.Add(new FillOp(x, y, width, height, rgb));

    public void Anchor(int outlineIndex, float x, float y) => Page.Ops.Add(new AnchorOp(outlineIndex, x, y));
}
