using System.Text;
using ReportGen.Core.Styling;

namespace ReportGen.Html;

/// <summary>
/// A font role of the style sheet as a CSS <c>font-family</c> list: the Latin families first (they
/// hold no CJK, so Chinese falls through to the rest), then the role's chain — the offices' fonts,
/// then the free ones — and a generic family last.
/// </summary>
internal static class CssFonts
{
    private static readonly string[] WeightSuffixes = [" Bold", " Black", " Heavy", " SemiBold", " Medium", " Light"];

    public static string Family(FontRole role)
    {
        var names = role.LatinFamilies.Concat(role.Families).Distinct(StringComparer.Ordinal).Select(CssString);
        return string.Join(", ", names.Append(Generic(role)));
    }

    /// <summary>
    /// A chain may name one face of a family by its full name ("Noto Serif CJK SC Bold", the stand-in
    /// for 小标宋). CSS families do not match full names, <c>local()</c> does: such names get a
    /// <c>@font-face</c> of their own.
    /// </summary>
    public static string FaceAliases(IEnumerable<FontRole> roles)
    {
        var sb = new StringBuilder();
        foreach (var name in roles.SelectMany(r => r.LatinFamilies.Concat(r.Families)).Distinct(StringComparer.Ordinal).Where(IsFaceName).Order(StringComparer.Ordinal))
        {
            sb.Append("@font-face { font-family: ").Append(CssString(name)).Append("; src: local(").Append(CssString(name)).Append("); }\n");
        }
        return sb.ToString();
    }

    private static bool IsFaceName(string name) => WeightSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));

    /// <summary>sans-serif when the chain is a 黑体 (sans) chain, serif otherwise (仿宋, 楷体, 宋体, 小标宋).</summary>
    private static string Generic(FontRole role) =>
        role.Families.Any(f => f.Contains("Sans", StringComparison.Ordinal) || f.Contains("黑体", StringComparison.Ordinal) || f.Contains("Hei", StringComparison.Ordinal))
            ? "sans-serif"
            : "serif";

    /// <summary>A CSS string: quotes and backslashes escaped, and "&lt;" too so the text can never close the style element.</summary>
    public static string CssString(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"' or '\\':
                    sb.Append('\\').Append(ch);
                    break;
                case '<' or '>' or '&' or '\n' or '\r' or '\f':
                    sb.Append('\\').Append(((int)ch).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
