using System.Text;

namespace ReportGen.Pdf.Layout.Text;

/// <summary>
/// Turns text into <see cref="Glyph"/>s: per character the first face of the chain that covers it,
/// with its advance from the whole face's metrics (HarfBuzz reads them from the font file; the
/// subset embedded later keeps the same advances). Text is set by cmap without ligatures or
/// kerning: Chinese text uses neither, and every character then copies out as itself.
/// </summary>
internal static class TextShaper
{
    public static void Append(List<Glyph> output, string text, TextStyle style, Func<string> location)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var cp = rune.Value;
            if (cp == '\r' || (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Control && cp is not ('\n' or '\t')))
            {
                continue;
            }
            var cls = CharClasses.Of(cp);
            if ((cls & CharClass.Newline) != 0)
            {
                output.Add(new Glyph(cp, style.Chain.Primary, style.Size, 0, cls, style.Chain.Role));
                continue;
            }
            var drawn = cp is '\t' or 0x00A0 ? ' ' : cp;
            var face = style.Chain.Require(drawn, location);
            var advance = face.Advance(drawn) * style.Size + style.Tracking;
            output.Add(new Glyph(drawn, face, style.Size, advance, cls, style.Chain.Role));
        }
    }

    public static Glyph[] Shape(string text, TextStyle style, Func<string> location)
    {
        var list = new List<Glyph>(text.Length);
        Append(list, text, style, location);
        return [.. list];
    }

    /// <summary>The width of <paramref name="glyphs"/> set one after another.</summary>
    public static float Width(ReadOnlySpan<Glyph> glyphs)
    {
        var w = 0f;
        foreach (var g in glyphs)
        {
            w += g.Advance;
        }
        return w;
    }
}
