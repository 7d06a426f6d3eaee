using System.Globalization;
using System.Text;
using HarfBuzzSharp;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// The check a face passes before it is trusted: a damaged font file (truncated, overwritten) often
/// still has its names and character map, so it is found and chosen, and then draws blank headings or
/// scattered shapes. A face is tried on characters every document uses: each one its character map
/// claims must have a glyph that exists, an outline that is not empty and lies within a sane box, and
/// an advance width of sane size; the ideographs must share one width. A face that fails is skipped
/// (with a Chinese warning naming the file); a later damaged glyph of a face that passed is treated
/// as not covered (<see cref="FontFace"/>), so the next face of the chain draws it.
/// </summary>
internal static class FontFaceCheck
{
    /// <summary>Characters of every 部门预算情况说明 (ideographs, digits, punctuation, Latin).</summary>
    private const string Probe = "部门预算情况说明一二三四五六七八九十年收入支出合计元万项目经费公共财政拨款基本国有资本0123456789，。、（）％ABCabc";

    /// <summary>Why <paramref name="face"/> cannot be trusted, in Chinese, or null when it is sound.</summary>
    public static string? Problem(FontFace face)
    {
        if (face.UnitsPerEm is < 16 or > 16384)
        {
            return $"字体的 unitsPerEm 为 {face.UnitsPerEm}，不在 16–16384 之间";
        }
        if (HarfBuzzSubsetter.MappedCharacters(face.HarfBuzzFace) == 0)
        {
            // A face of a family the style asks for that maps no character at all: its cmap is damaged
            // (or lies outside the file). Without this it would pass — nothing to check — and draw nothing.
            return "字符映射表（cmap）已损坏：其中没有任何字符";
        }
        var bad = new List<string>();
        var ideographAdvances = new List<int>();
        foreach (var rune in Probe.EnumerateRunes())
        {
            var (mapped, _, advance, problem) = face.Inspect(rune.Value);
            if (!mapped)
            {
                continue;
            }
            if (problem is not null)
            {
                bad.Add($"“{rune}”{problem}");
            }
            else if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter && rune.Value >= 0x4E00)
            {
                ideographAdvances.Add(advance);
            }
        }
        if (bad.Count > 0)
        {
            return "字形已损坏：" + string.Join("；", bad.Take(3)) + (bad.Count > 3 ? $"等 {bad.Count} 个字符" : "");
        }
        if (ideographAdvances.Count > 1 && ideographAdvances.Max() > ideographAdvances.Min() * 1.5)
        {
            return $"汉字的宽度不一致（{ideographAdvances.Min()} 到 {ideographAdvances.Max()} 个单位），字宽表已损坏";
        }
        return null;
    }

    /// <summary>Why the glyph of <paramref name="codePoint"/> is unsound, or null.</summary>
    internal static string? GlyphProblem(int codePoint, uint glyph, int advance, GlyphExtents extents, int unitsPerEm, int glyphCount)
    {
        if (glyph >= glyphCount)
        {
            return $"的字形编号 {glyph} 超出字体的字形数 {glyphCount}";
        }
        if (advance <= 0 || advance > 4 * unitsPerEm)
        {
            return $"的宽度为 {advance} 个单位（每字 {unitsPerEm} 单位）";
        }
        if (IsBlank(codePoint))
        {
            return null;
        }
        if (extents.Width == 0 || extents.Height == 0)
        {
            return "的轮廓为空";
        }
        // Extents: x bearing, y bearing (top), width, height (negative: downwards).
        long left = extents.XBearing, right = (long)extents.XBearing + extents.Width;
        long top = extents.YBearing, bottom = (long)extents.YBearing + extents.Height;
        var em = (long)unitsPerEm;
        if (Math.Min(left, right) < -2 * em || Math.Max(left, right) > 4 * em || Math.Max(top, bottom) > 3 * em || Math.Min(top, bottom) < -2 * em)
        {
            return "的轮廓超出合理范围";
        }
        return null;
    }

    /// <summary>
    /// Why the outline as parsed (Skia/FreeType, <paramref name="outline"/>: left, bottom, right, top, y up)
    /// disagrees with the box the glyph declares (<paramref name="declared"/>, HarfBuzz); null when they
    /// agree. Damaged point data still has a sane-looking declared box but parses to nothing or elsewhere.
    /// Only TrueType outlines declare a box (<paramref name="declaredBox"/>); a CFF outline must parse.
    /// </summary>
    internal static string? OutlineProblem(int codePoint, GlyphExtents declared, SkiaSharp.SKRect? outline, int unitsPerEm, bool declaredBox)
    {
        if (IsBlank(codePoint))
        {
            return null;
        }
        if (outline is not { } o)
        {
            return "的轮廓无法解析";
        }
        if (!declaredBox)
        {
            return null;
        }
        var tolerance = 0.02f * unitsPerEm + 2;
        float left = declared.XBearing, right = declared.XBearing + declared.Width;
        float top = declared.YBearing, bottom = declared.YBearing + declared.Height;
        return Math.Abs(o.Left - left) > tolerance || Math.Abs(o.Right - right) > tolerance
            || Math.Abs(o.Bottom - bottom) > tolerance || Math.Abs(o.Top - top) > tolerance
            ? "的轮廓与其声明的范围不符"
            : null;
    }

    /// <summary>Characters drawn as nothing: spaces, controls, format characters.</summary>
    private static bool IsBlank(int codePoint) =>
        !Rune.IsValid(codePoint) || Rune.IsWhiteSpace(new Rune(codePoint)) || Rune.IsControl(new Rune(codePoint))
        || Rune.GetUnicodeCategory(new Rune(codePoint)) is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator;
}
