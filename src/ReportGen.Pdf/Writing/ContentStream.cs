using System.Text;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// A page's display list as PDF content (§8–9): rules as one stroked path per width with
/// projecting caps (corners close), fills, and text as positioned glyph codes — each character
/// at the x the layout gave it, through TJ adjustments against the font's own advances.
/// Layout coordinates (top left, y down) become PDF user space (bottom left, y up).
/// </summary>
internal static class ContentStream
{
    public static byte[] Build(LaidOutPage page, IReadOnlyDictionary<FontFace, EmbeddedFont> fonts)
    {
        var h = page.Geometry.Height;
        var sb = new StringBuilder();
        foreach (var fill in page.Ops.OfType<FillOp>())
        {
            sb.Append("q ").Append(Color(fill.Rgb)).Append(" rg ")
                .Append(N(fill.X)).Append(' ').Append(N(h - fill.Y - fill.Height)).Append(' ').Append(N(fill.Width)).Append(' ').Append(N(fill.Height)).Append(" re f Q\n");
        }
        foreach (var group in page.Ops.OfType<RuleOp>().GroupBy(r => r.Width))
        {
            sb.Append("q ").Append(N(group.Key)).Append(" w 2 J 0 G\n");
            foreach (var r in group)
            {
                sb.Append(N(r.X1)).Append(' ').Append(N(h - r.Y1)).Append(" m ").Append(N(r.X2)).Append(' ').Append(N(h - r.Y2)).Append(" l\n");
            }
            sb.Append("S Q\n");
        }
        var texts = page.Ops.OfType<TextOp>().ToList();
        if (texts.Count > 0)
        {
            sb.Append("BT 0 g\n");
            EmbeddedFont? current = null;
            var currentSize = 0f;
            foreach (var t in texts)
            {
                var font = fonts[t.Face];
                if (font != current || t.Size != currentSize)
                {
                    sb.Append('/').Append(font.ResourceName).Append(' ').Append(N(t.Size)).Append(" Tf\n");
                    current = font;
                    currentSize = t.Size;
                }
                Text(sb, font, t, h);
            }
            sb.Append("ET\n");
        }
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static void Text(StringBuilder sb, EmbeddedFont font, TextOp t, float pageHeight)
    {
        sb.Append("1 0 0 1 ").Append(N(t.Xs[0])).Append(' ').Append(N(pageHeight - t.Baseline)).Append(" Tm [<");
        // Where the pen is (in points from the op's start) after each glyph, by the font's widths.
        var pen = 0.0;
        for (var i = 0; i < t.CodePoints.Length; i++)
        {
            var code = font.Code(t.CodePoints[i]);
            if (i > 0)
            {
                var want = t.Xs[i] - t.Xs[0];
                var adjust = Math.Round((pen - want) * 1000 / t.Size, 1);
                if (Math.Abs(adjust) >= 0.1)
                {
                    sb.Append("> ").Append(PdfSyntax.Number(adjust, 1)).Append(" <");
                    pen -= adjust * t.Size / 1000;
                }
            }
            sb.Append(code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            pen += font.Width(code) * t.Size / 1000.0;
        }
        sb.Append(">] TJ\n");
    }

    private static string N(double value) => PdfSyntax.Number(value, 2);

    private static string Color(uint rgb) =>
        N(((rgb >> 16) & 0xFF) / 255.0) + " " + N(((rgb >> 8) & 0xFF) / 255.0) + " " + N((rgb & 0xFF) / 255.0);
}
