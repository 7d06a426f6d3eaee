using ReportGen.Core.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// What the formatting functions need to know about the document: the unit amounts are stored in,
/// the unit the document shows, the budget year (for "较2023年"), and the template set's number formats.
/// </summary>
public sealed record FormatSettings(AmountUnit DataUnit, AmountUnit DisplayUnit, int Year)
{
    public static FormatSettings Default { get; } = new(AmountUnit.元, AmountUnit.元, 2024);

    /// <summary>The template set's number formats (settings.json).</summary>
    public NumberSettings Numbers { get; init; } = NumberSettings.Default;

    public static FormatSettings For(BudgetReport report, NumberSettings? numbers = null) =>
        new(report.Department.AmountUnit, report.Department.EffectiveDisplayUnit, report.Department.Year)
        {
            Numbers = numbers ?? NumberSettings.Default,
        };

    /// <summary>The formats of the unit the document shows.</summary>
    public UnitNumbers Shown => Numbers.For(DisplayUnit);

    /// <summary>The display unit as written after amounts: "元" or "万元" (settings.json may spell it otherwise).</summary>
    public string UnitText => Shown.Unit;

    /// <summary>
    /// The smallest step of a displayed amount, in the data's unit: 100 for data in 元 shown in 万元 with
    /// two decimals, 0.01 for 元 shown in 元. Displayed figures are apportioned to multiples of it.
    /// </summary>
    public decimal Quantum
    {
        get
        {
            var decimals = Math.Max(Shown.Text.Decimals, Shown.Table.Decimals);
            var step = 1m;
            for (var i = 0; i < decimals; i++)
            {
                step /= 10m;
            }
            return FromDisplay(step);
        }
    }

    /// <summary>Converts an amount in the display unit back to the data unit.</summary>
    public decimal FromDisplay(decimal amount) => (DataUnit, DisplayUnit) switch
    {
        (AmountUnit.元, AmountUnit.万元) => amount * 10000m,
        (AmountUnit.万元, AmountUnit.元) => amount / 10000m,
        _ => amount,
    };

    /// <summary>Converts an amount in the data unit to the display unit (not rounded).</summary>
    public decimal ToDisplay(decimal amount) => Views.ShownAmounts.IsBelowStep(amount) ? amount : (DataUnit, DisplayUnit) switch
    {
        (AmountUnit.元, AmountUnit.万元) => amount / 10000m,
        (AmountUnit.万元, AmountUnit.元) => amount * 10000m,
        _ => amount,
    };

    /// <summary>Converts an amount in the data unit to 万元 (not rounded).</summary>
    public decimal ToWan(decimal amount) => DataUnit == AmountUnit.元 && !Views.ShownAmounts.IsBelowStep(amount) ? amount / 10000m : amount;
}
