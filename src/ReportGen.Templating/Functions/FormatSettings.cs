using ReportGen.Core.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// What the formatting functions need to know about the document: the unit amounts are stored in,
/// the unit the document shows, and the budget year (for "较2023年").
/// </summary>
public sealed record FormatSettings(AmountUnit DataUnit, AmountUnit DisplayUnit, int Year)
{
    public static FormatSettings Default { get; } = new(AmountUnit.元, AmountUnit.元, 2024);

    public static FormatSettings For(BudgetReport report) =>
        new(report.Department.AmountUnit, report.Department.EffectiveDisplayUnit, report.Department.Year);

    /// <summary>The display unit as written after amounts: "元" or "万元".</summary>
    public string UnitText => DisplayUnit.ToString();

    /// <summary>Converts an amount in the data unit to the display unit (not rounded).</summary>
    public decimal ToDisplay(decimal amount) => (DataUnit, DisplayUnit) switch
    {
        (AmountUnit.元, AmountUnit.万元) => amount / 10000m,
        (AmountUnit.万元, AmountUnit.元) => amount * 10000m,
        _ => amount,
    };

    /// <summary>Converts an amount in the data unit to 万元 (not rounded).</summary>
    public decimal ToWan(decimal amount) => DataUnit == AmountUnit.元 ? amount / 10000m : amount;
}
