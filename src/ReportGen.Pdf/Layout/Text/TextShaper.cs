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
    public static void Append(List<Glyph> output, string text, TextStyle style, Func<string> location, bool[]? glue = null)
    {
        var index = -1;
        foreach (var rune in text.EnumerateRunes())
        {
            index += rune.Utf16SequenceLength;
            var cp = rune.Value;
            if (cp == '\r' || (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Control && cp is not ('\n' or '\t')))
            {
                continue;
            }
            var cls = CharClasses.Of(cp);
            if (glue is not null && glue[index])
            {
                cls |= CharClass.Glue;
            }
            if ((cls & CharClass.Newline) != 0)
            {
                output.Add(new Glyph(cp, style.Chain.Primary, style.Size, 0, cls, style.Chain.Role));
                continue;
            }
            var drawn = cp is '\t' or 0x00A0 ? ' ' : cp;
            var face = style.Chain.Require(drawn, location);
            var advance = face.Advance(drawn) * style.Size + style.Tracking;
            cls |= HalfWidthSide(face, drawn);
            output.Add(new Glyph(drawn, face, style.Size, advance, cls, style.Chain.Role));
        }
    }

    public static Glyph[] Shape(string text, TextStyle style, Func<string> location, bool[]? glue = null)
    {
        var list = new List<Glyph>(text.Length);
        Append(list, text, style, location, glue);
        var glyphs = list.ToArray();
        CompressPunctuation(glyphs);
        return glyphs;
    }

    private const string ClosingMarks = "，。、；：！？）》」』】〕〉〗〙”’";
    private const string OpeningMarks = "（《「『【〔〈〖〘“‘";

    /// <summary>
    /// Which half of a full-width punctuation mark is blank in this face: the ink of a GB (simplified
    /// Chinese) comma, full stop or closing bracket sits in the left half, that of an opening bracket
    /// or quote in the right half. Only a mark that is a full em wide and whose ink stays inside its
    /// half may be set half-width; a face that centres its marks (traditional style) never is.
    /// </summary>
    private static CharClass HalfWidthSide(Fonts.FontFace face, int cp)
    {
        var closing = ClosingMarks.Contains((char)cp, StringComparison.Ordinal);
        if (cp > 0xFFFF || (!closing && !OpeningMarks.Contains((char)cp, StringComparison.Ordinal)) || face.Advance(cp) < 0.9f)
        {
            return CharClass.None;
        }
        var (left, right) = face.Ink(cp);
        const float tolerance = 0.02f;
        return closing
            ? right <= 0.5f + tolerance ? CharClass.HalfAfter : CharClass.None
            : left >= 0.5f - tolerance ? CharClass.HalfBefore : CharClass.None;
    }

    /// <summary>
    /// CLREQ 标点挤压 of consecutive punctuation: where two marks meet with blank halves between
    /// them, one blank half goes, so "。”", "）、", "：“" take an em and a half instead of two.
    /// A closing mark followed by another mark loses its right half; an opening mark after an
    /// opening mark ("（“") loses its left half (and is drawn that much to the left). A mark
    /// set half-width here cannot be compressed again at a line end or start.
    /// </summary>
    public static void CompressPunctuation(Glyph[] glyphs)
    {
        for (var i = 0; i + 1 < glyphs.Length; i++)
        {
            var a = glyphs[i];
            var b = glyphs[i + 1];
            if ((a.Class & CharClass.HalfAfter) != 0 && (b.Class & (CharClass.HalfAfter | CharClass.HalfBefore)) != 0)
            {
                glyphs[i] = a with { Advance = a.Advance - a.Size / 2, Class = a.Class & ~CharClass.HalfAfter };
            }
            else if ((a.Class & CharClass.HalfBefore) != 0 && (b.Class & CharClass.HalfBefore) != 0)
            {
                glyphs[i + 1] = b with { Advance = b.Advance - b.Size / 2, Shift = b.Shift - b.Size / 2, Class = b.Class & ~CharClass.HalfBefore };
            }
        }
    }

    /// <summary>
    /// Shapes text that breaks only between words (<see cref="ReportGen.Core.Layout.ChineseWords"/>):
    /// table labels and titles, where "科目编/码" or "综/合行政执法" must not happen. An explicit
    /// break ("\n") in the text still breaks. <paramref name="compounds"/>: compounds break into their
    /// words too (the labels of empty columns, <see cref="ReportGen.Core.Layout.TableColumnWidths.EmptyColumns"/>).
    /// </summary>
    public static Glyph[] ShapeWords(string text, TextStyle style, Func<string> location, bool compounds = false) =>
        Shape(text, style, location, InsideWords(text, compounds));

    /// <summary>
    /// Keeps each number on the line of its unit: no break between the number's last character and
    /// the word after it ("17,625,499.55元", "1辆", "3.5万元", "2024年"), nor inside that word.
    /// </summary>
    public static void GlueNumbersToUnits(Glyph[] glyphs)
    {
        for (var i = 0; i + 1 < glyphs.Length; i++)
        {
            if (!IsNumberPart(glyphs[i].CodePoint) || IsNumberPart(glyphs[i + 1].CodePoint) || !IsIdeograph(glyphs[i + 1].CodePoint)
                || !glyphs[..(i + 1)].Reverse().TakeWhile(g => IsNumberPart(g.CodePoint)).Any(g => g.CodePoint is >= '0' and <= '9'))
            {
                continue;
            }
            var after = string.Concat(glyphs.Skip(i + 1).Take(4).TakeWhile(g => IsIdeograph(g.CodePoint)).Select(g => char.ConvertFromUtf32(g.CodePoint)));
            var unit = ReportGen.Core.Layout.ChineseWords.Split(after).FirstOrDefault() ?? "";
            var glued = Math.Max(1, unit.Length);
            for (var k = i; k < i + glued && k + 1 < glyphs.Length; k++)
            {
                glyphs[k] = glyphs[k] with { Class = glyphs[k].Class | CharClass.Glue };
            }
        }
    }

    private static bool IsNumberPart(int cp) => cp is (>= '0' and <= '9') or ',' or '.' or '%' or '‰';

    private static bool IsIdeograph(int cp) => cp is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>Per UTF-16 index: true where the character is not the last of its word.</summary>
    public static bool[] InsideWords(string text, bool compounds = false)
    {
        var ends = ReportGen.Core.Layout.ChineseWords.WordEnds(text, compounds);
        return [.. ends.Select(e => !e)];
    }

    /// <summary>
    /// The width of <paramref name="text"/> set on one line, as <see cref="Shape"/> sets it but without
    /// making glyphs and without punctuation compression (so never less than the shaped width); for
    /// measuring many short pieces (table column widths).
    /// </summary>
    public static float Width(string text, TextStyle style, Func<string> location)
    {
        var width = 0f;
        foreach (var rune in text.EnumerateRunes())
        {
            var cp = rune.Value;
            if (cp is '\r' or '\n' || (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Control && cp != '\t'))
            {
                continue;
            }
            var drawn = cp is '\t' or 0x00A0 ? ' ' : cp;
            width += style.Chain.Require(drawn, location).Advance(drawn) * style.Size + style.Tracking;
        }
        return width;
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
