namespace ReportGen.Templating.Views;

/// <summary>
/// A nonzero amount smaller than half the displayed step (30 元 shown in 万元 with two decimals) rounds
/// to zero, and a zero cell is blank in these tables: it would print as if there were nothing. Display
/// rounding gives such an amount the value zero (so the rounded parts still add up) carried with a
/// distinguishing scale: a decimal zero with 28 decimals, which stays zero in every sum and comparison
/// but is written "0.00" instead of blank or "0".
/// </summary>
public static class ShownAmounts
{
    /// <summary>Zero, marked as standing for a nonzero amount below the displayed step.</summary>
    public static readonly decimal BelowStep = new(0, 0, 0, false, 28);

    /// <summary>Whether <paramref name="amount"/> is a zero that stands for a nonzero amount (also after sums with true zeros).</summary>
    public static bool IsBelowStep(decimal amount) => amount == 0m && amount.Scale == 28;
}
