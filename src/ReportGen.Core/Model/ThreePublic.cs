namespace ReportGen.Core.Model;

/// <summary>“三公”经费 this year and last year, with the reasons for changes.</summary>
public sealed record ThreePublicExpenses
{
    public required ThreePublicAmounts ThisYear { get; init; }
    public required ThreePublicAmounts LastYear { get; init; }
    public ThreePublicReasons Reasons { get; init => field = value ?? new(); } = new();
}

public sealed record ThreePublicAmounts
{
    /// <summary>因公出国（境）费.</summary>
    public decimal Abroad { get; init; }
    /// <summary>公务接待费.</summary>
    public decimal Reception { get; init; }
    /// <summary>公务用车购置费.</summary>
    public decimal VehiclePurchase { get; init; }
    /// <summary>公务用车运行维护费.</summary>
    public decimal VehicleOperation { get; init; }
    /// <summary>Stated 公务用车购置及运行费 小计, checked.</summary>
    public decimal? VehicleTotal { get; init; }
    /// <summary>Stated 合计, checked.</summary>
    public decimal? Total { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public decimal ComputedVehicleTotal => VehiclePurchase + VehicleOperation;
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal ComputedTotal => Abroad + Reception + VehiclePurchase + VehicleOperation;
}

public sealed record ThreePublicReasons
{
    public string? Total { get; init; }
    public string? Abroad { get; init; }
    public string? Reception { get; init; }
    public string? VehiclePurchase { get; init; }
    public string? VehicleOperation { get; init; }
}

/// <summary>
/// 机关运行经费: this year's amount is derived (政府经济分类 502 of 基本支出); last year and the reason are input.
/// </summary>
public sealed record AgencyOperatingExpenses
{
    /// <summary>Stated amount, checked against the derived one.</summary>
    public decimal? Amount { get; init; }
    public decimal? LastYear { get; init; }
    public string? Reason { get; init; }
    /// <summary>What it is mainly used for, e.g. 办公费、其他交通费用…等.</summary>
    public string? Uses { get; init; }
}
