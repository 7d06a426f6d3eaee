using System.Globalization;
using ReportGen.Core.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// The number formats of the disclosure documents, as pure functions of decimal values. Rounding is
/// half away from zero (the way people and spreadsheets round money), never banker's rounding.
/// </summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// An amount in the narrative style, without the unit: thousands separators; in 元 trailing
    /// zeros dropped ("243,256.2", "92,510"), in 万元 always two decimals ("203.41", "0" for zero).
    /// </summary>
    public static string Narrative(decimal amount, FormatSettings settings)
    {
        var value = Round(settings.ToDisplay(amount), 2);
        if (settings.DisplayUnit == AmountUnit.万元 && value != 0m)
        {
            return value.ToString("#,##0.00", Invariant);
        }
        return value.ToString("#,##0.##", Invariant);
    }

    /// <summary>
    /// An amount in the table style: two decimals with thousands separators ("92,510.00"); zero is
    /// blank unless <paramref name="showZero"/> ("0.00"). A nonzero amount that rounds to zero shows "0.00".
    /// </summary>
    public static string TableCell(decimal? amount, FormatSettings settings, bool showZero = false)
    {
        if (amount is not decimal a || (a == 0m && !showZero))
        {
            return "";
        }
        return Round(settings.ToDisplay(a), 2).ToString("#,##0.00", Invariant);
    }

    /// <summary>A percentage with one decimal, trailing zero dropped: 0.937 → "93.7%", 1 → "100%".</summary>
    public static string Percent(decimal ratio) => Round(ratio * 100m, 1).ToString("0.#", Invariant) + "%";

    /// <summary>The share of <paramref name="part"/> in <paramref name="total"/> ("93.7%"); "0%" when the total is zero.</summary>
    public static string Share(decimal part, decimal total) => total == 0m ? "0%" : Percent(part / total);

    /// <summary>The direction of a change against last year.</summary>
    public static ChangeKind Kind(decimal current, decimal? lastYear) => lastYear switch
    {
        null => ChangeKind.New,
        decimal l when current > l => ChangeKind.Increase,
        decimal l when current < l => ChangeKind.Decrease,
        _ => ChangeKind.Same,
    };

    /// <summary>"减少814,031.99元", "增加15,700元", "持平", or "新增" when there is no last-year figure.</summary>
    public static string ChangeAmount(decimal current, decimal? lastYear, FormatSettings settings) => Kind(current, lastYear) switch
    {
        ChangeKind.New => "新增",
        ChangeKind.Same => "持平",
        var k => (k == ChangeKind.Increase ? "增加" : "减少") + Narrative(Math.Abs(current - lastYear!.Value), settings) + settings.UnitText,
    };

    /// <summary>"较2023年减少814,031.99元", "较2023年增加15,700元", "与上年持平", or "新增".</summary>
    public static string ChangePhrase(decimal current, decimal? lastYear, FormatSettings settings) => Kind(current, lastYear) switch
    {
        ChangeKind.New => "新增",
        ChangeKind.Same => "与上年持平",
        _ => "较" + (settings.Year - 1) + "年" + ChangeAmount(current, lastYear, settings),
    };

    /// <summary>
    /// "下降9.1%", "增长20.4%", "持平"; "新增" when last year is absent or zero (no percentage exists).
    /// </summary>
    public static string ChangePercent(decimal current, decimal? lastYear) => Kind(current, lastYear) switch
    {
        ChangeKind.Same => "持平",
        _ when lastYear is not decimal l || l == 0m => "新增",
        ChangeKind.Increase => "增长" + Percent((current - lastYear!.Value) / lastYear.Value),
        _ => "下降" + Percent((lastYear!.Value - current) / lastYear.Value),
    };

    /// <summary>The table's change column: whole percent with sign ("-4%", "20%", "0%"); blank without a base.</summary>
    public static string ChangeCell(decimal current, decimal? lastYear)
    {
        if (lastYear is not decimal l || l == 0m)
        {
            return "";
        }
        return Round((current - l) / l * 100m, 0).ToString("0", Invariant) + "%";
    }
}

public enum ChangeKind
{
    New,
    Increase,
    Decrease,
    Same,
}
