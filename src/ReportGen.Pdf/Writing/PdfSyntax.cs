using System.Globalization;
using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>The few lexical forms of PDF the writer needs (PDF 32000-1 §7.3), always in the invariant culture.</summary>
internal static class PdfSyntax
{
    /// <summary>A real number with at most <paramref name="decimals"/> decimals and no exponent.</summary>
    public static string Number(double value, int decimals = 3)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }
        return rounded.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Appends a real number with at most <paramref name="decimals"/> (≤ 4) decimals, no exponent: the
    /// hot path of content streams, where double.ToString would cost more than the rest together.
    /// </summary>
    public static StringBuilder AppendNumber(this StringBuilder sb, double value, int decimals = 2)
    {
        var scale = decimals switch { 0 => 1L, 1 => 10L, 2 => 100L, 3 => 1000L, _ => 10000L };
        var scaled = (long)Math.Round(value * scale, MidpointRounding.AwayFromZero);
        if (scaled < 0)
        {
            sb.Append('-');
            scaled = -scaled;
        }
        sb.Append(scaled / scale);
        var fraction = scaled % scale;
        if (fraction != 0)
        {
            sb.Append('.');
            for (var unit = scale / 10; unit > 0 && fraction != 0; unit /= 10)
            {
                sb.Append((char)('0' + fraction / unit));
                fraction %= unit;
            }
        }
        return sb;
    }

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text string: UTF-16BE with a byte-order mark, written in hex (no escaping questions).</summary>
    public static string Text(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>A date "D:YYYYMMDDHHmmSS+HH'mm'" (§7.9.4).</summary>
    public static string Date(DateTimeOffset when)
    {
        var offset = when.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return "(D:" + when.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + sign
            + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + "'" + abs.Minutes.ToString("00", CultureInfo.InvariantCulture) + "')";
    }

    /// <summary>A name object from ASCII letters and digits (our names never need escapes).</summary>
    public static string Name(string name) => "/" + name;

    public static string Ref(int number) => Int(number) + " 0 R";
}
