using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Xlsx;

/// <summary>What a cell holds in the workbook: text, or a number with the Excel format that shows it as the document does.</summary>
internal abstract record CellValue;

internal sealed record TextValue(string Text) : CellValue;

/// <summary>A number and its format code ("#,##0.00", "0%").</summary>
internal sealed record NumberValue(decimal Value, string Format) : CellValue;

/// <summary>
/// Turns a table cell's display text into a workbook value. The document already shows every amount
/// in its display unit with two decimals ("17,625,499.55"), so the text is parsed exactly into a
/// decimal; the number then gets a format that shows it exactly as the document does. Codes
/// ("2010301", "130001", "0101") are never numbers: outside amount columns only the amount pattern
/// (thousands separators, two decimals) and percentages ("-4%") become numbers; a bare integer
/// could be a code as well as a count, so it stays text.
/// </summary>
internal static partial class CellText
{
    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?$|^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NumericColumnNumber();

    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})*\.[0-9]{2}$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?%$")]
    private static partial Regex Percent();

    /// <summary>The value of <paramref name="text"/> in a body cell; null for an empty cell.</summary>
    public static CellValue? Value(string text, bool numericColumn)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return null;
        }
        if ((numericColumn && NumericColumnNumber().IsMatch(t)) || Amount().IsMatch(t))
        {
            return new NumberValue(Parse(t), "#,##0" + Decimals(t));
        }
        if (Percent().IsMatch(t))
        {
            var number = t[..^1];
            return new NumberValue(Parse(number) / 100m, "0" + Decimals(number) + "%");
        }
        return new TextValue(text);
    }

    private static decimal Parse(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>".00" for "1,234.56", "" for "12".</summary>
    private static string Decimals(string number)
    {
        var dot = number.IndexOf('.');
        return dot < 0 ? "" : "." + new string('0', number.Length - dot - 1);
    }

    /// <summary>The decimal as the shortest exact invariant text ("12630000", "0.04").</summary>
    public static string Invariant(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.') ? text.TrimEnd('0').TrimEnd('.') : text;
    }
}
