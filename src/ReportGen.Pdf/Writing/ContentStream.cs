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
        var sb = new StringBuilder();
        if (page.Geometry.Rotated)
        {
            // The landscape content turned a quarter onto the portrait sheet, its head toward the
            // left edge: landscape (x, y) goes to (sheet width − y, x) in PDF user space.
            sb.Append("q 0 1 -1 0 ").AppendNumber(page.Geometry.Paper.Width).Append(" 0 cm\n");
            Append(sb, page.Ops, page.Geometry.Height, fonts);
            sb.Append("Q\n");
        }
        else
        {
            Append(sb, page.Ops, page.Geometry.Height, fonts);
        }
        Append(sb, page.PaperOps, page.Geometry.Paper.Height, fonts);
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static void Append(StringBuilder sb, List<DrawOp> ops, float h, IReadOnlyDictionary<FontFace, EmbeddedFont> fonts)
    {
        foreach (var fill in ops.OfType<FillOp>())
        {
            sb.Append("q ").AppendNumber(((fill.Rgb >> 16) & 0xFF) / 255.0).Append(' ').AppendNumber(((fill.Rgb >> 8) & 0xFF) / 255.0).Append(' ')
                .AppendNumber((fill.Rgb & 0xFF) / 255.0).Append(" rg ")
                .AppendNumber(fill.X).Append(' ').AppendNumber(h - fill.Y - fill.Height).Append(' ').AppendNumber(fill.Width).Append(' ').AppendNumber(fill.Height).Append(" re f Q\n");
        }
        foreach (var group in ops.OfType<RuleOp>().GroupBy(r => r.Width))
        {
            sb.Append("q ").AppendNumber(group.Key).Append(" w 2 J 0 G\n");
            foreach (var r in group)
            {
                sb.AppendNumber(r.X1).Append(' ').AppendNumber(h - r.Y1).Append(" m ").AppendNumber(r.X2).Append(' ').AppendNumber(h - r.Y2).Append(" l\n");
            }
            sb.Append("S Q\n");
        }
        var texts = ops.OfType<TextOp>().ToList();
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
                    sb.Append('/').Append(font.ResourceName).Append(' ').AppendNumber(t.Size).Append(" Tf\n");
                    current = font;
                    currentSize = t.Size;
                }
                Text(sb, font, t, h);
            }
            sb.Append("ET\n");
        }
    }

    private static void Text(StringBuilder sb, EmbeddedFont font, TextOp t, float pageHeight)
    {
        sb.Append("1 0 0 1 ").AppendNumber(t.Xs[0]).Append(' ').AppendNumber(pageHeight - t.Baseline).Append(" Tm [<");
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
                    sb.Append("> ").AppendNumber(adjust, 1).Append(" <");
                    pen -= adjust * t.Size / 1000;
                }
            }
            AppendHex(sb, code);
            pen += font.Width(code) * t.Size / 1000.0;
        }
        sb.Append(">] TJ\n");
    }

    private static void AppendHex(StringBuilder sb, ushort code)
    {
        const string digits = "0123456789ABCDEF";
        sb.Append(digits[code >> 12]).Append(digits[(code >> 8) & 0xF]).Append(digits[(code >> 4) & 0xF]).Append(digits[code & 0xF]);
    }
}
