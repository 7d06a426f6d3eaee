namespace ReportGen.Templating.Functions;

/// <summary>
/// The number formats of the disclosure documents, as pure functions of decimal values. Rounding is
/// half away from zero (the way people and spreadsheets round money), never banker's rounding.
/// </summary>
public static class Formats
{
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// An amount in the narrative style, without the unit, as the template set's settings say (default:
    /// thousands separators; in 元 trailing zeros dropped, "243,256.2", "92,510"; in 万元 two decimals,
    /// "203.41", and "0" for zero).
    /// </summary>
    public static string Narrative(decimal amount, FormatSettings settings, NumberFormat? format = null) =>
        (format ?? settings.Shown.Text).Write(settings.ToDisplay(amount));

    /// <summary>
    /// An amount in the table style (default: two decimals with thousands separators, "92,510.00"); zero is
    /// blank unless <paramref name="showZero"/> ("0.00"); a nonzero amount that rounds to zero is "0.00", never blank.
    /// </summary>
    public static string TableCell(decimal? amount, FormatSettings settings, bool showZero = false, NumberFormat? format = null)
    {
        if (amount is not decimal a || (a == 0m && !showZero && !Views.ShownAmounts.IsBelowStep(a)))
        {
            return "";
        }
        return (format ?? settings.Shown.Table).Write(settings.ToDisplay(a));
    }

    /// <summary>A percentage (default one decimal, trailing zero dropped): 0.937 → "93.7%", 1 → "100%".</summary>
    public static string Percent(decimal ratio, NumberFormat? format = null) =>
        (format ?? NumberSettings.Default.Percent).Write(ratio * 100m) + "%";

    /// <summary>The share of <paramref name="part"/> in <paramref name="total"/> ("93.7%"); "0%" when the total is zero.</summary>
    public static string Share(decimal part, decimal total, NumberFormat? format = null) =>
        total == 0m ? "0%" : Percent(part / total, format);

    /// <summary>The direction of a change against last year.</summary>
    public static ChangeKind Kind(decimal current, decimal? lastYear) => lastYear switch
    {
        null => ChangeKind.New,
        decimal l when current > l => ChangeKind.Increase,
        decimal l when current < l => ChangeKind.Decrease,
        _ => ChangeKind.Same,
    };

    /// <summary>
    /// The change against last year as kind and figures (no words: the phrases are in the template set's
    /// helpers.sbn): the direction, the absolute difference, the absolute ratio (null when last year is
    /// absent or zero), and the two years.
    /// </summary>
    public static ChangeFigures Change(decimal current, decimal? lastYear, int year)
    {
        var kind = Kind(current, lastYear);
        decimal? difference = lastYear is decimal l ? Math.Abs(current - l) : null;
        decimal? ratio = lastYear is decimal b && b != 0m ? Math.Abs(current - b) / Math.Abs(b) : null;
        return new ChangeFigures(kind, difference, ratio, year, year - 1);
    }

    /// <summary>The table's change column: whole percent with sign ("-4%", "20%", "0%"); blank without a base.</summary>
    public static string ChangeCell(decimal current, decimal? lastYear, NumberFormat? format = null)
    {
        if (lastYear is not decimal l || l == 0m)
        {
            return "";
        }
        return (format ?? NumberSettings.Default.TablePercent).Write((current - l) / l * 100m) + "%";
    }
}

/// <summary>
/// A change against last year, as the templates see it (<c>change current last</c>): <c>kind</c>
/// ("new", "increase", "decrease", "same"), the flags, <c>amount</c> (the absolute difference in the
/// data's unit; null when new), <c>ratio</c> (the absolute difference over last year, 0.091 for 9.1%;
/// null when new or last year is zero), <c>year</c> and <c>last_year</c> (2024 and 2023).
/// </summary>
public sealed record ChangeFigures(ChangeKind KindValue, decimal? Amount, decimal? Ratio, int Year, int LastYear)
{
    /// <summary>"new", "increase", "decrease" or "same".</summary>
    public string Kind => KindValue.ToString().ToLowerInvariant();
    public bool IsNew => KindValue == ChangeKind.New;
    public bool IsIncrease => KindValue == ChangeKind.Increase;
    public bool IsDecrease => KindValue == ChangeKind.Decrease;
    public bool IsSame => KindValue == ChangeKind.Same;
}

public enum ChangeKind
{
    New,
    Increase,
    Decrease,
    Same,
}
