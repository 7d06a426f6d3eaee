namespace ReportGen.Core.Validation;

/// <summary>Settings of the semantic checks.</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// A change against last year is material (and needs a reason, else a warning) when it is at least
    /// this percentage of last year's figure …
    /// </summary>
    public decimal ThresholdPercent { get; init; } = 10m;

    /// <summary>… and at least this amount in 元 (converted when the data is in 万元).</summary>
    public decimal ThresholdAmount { get; init; } = 10_000m;

    /// <summary>
    /// For data in 万元 (transcribed from a document published in 万元, each figure rounded on its
    /// own): a stated total that misses the sum of its parts by at most this many 万元 is a rounding
    /// difference, reported as a warning (the tables' tree totals are computed from the parts);
    /// beyond it, an error.
    /// 0 makes every difference an error. Data in 元 has no tolerance.
    /// </summary>
    public decimal WanRoundingTolerance { get; init; } = 0.02m;

    /// <summary>Report every warning as an error (<c>--strict</c>).</summary>
    public bool WarningsAsErrors { get; init; }
}
