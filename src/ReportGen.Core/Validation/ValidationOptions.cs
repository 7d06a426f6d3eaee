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

    /// <summary>Report every warning as an error (<c>--strict</c>).</summary>
    public bool WarningsAsErrors { get; init; }
}
