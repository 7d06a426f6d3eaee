namespace ReportGen.Core.Model;

/// <summary>A line of 政府采购预算明细 (表十四).</summary>
public sealed record ProcurementLine
{
    /// <summary>Code of the purchasing unit (one of department.units).</summary>
    public required string Unit { get; init; }
    /// <summary>采购项目名称, e.g. 50011223T000002978685--一窗综办运行经费.</summary>
    public required string Item { get; init; }
    public FundSource? Fund { get; init; }
    /// <summary>货物类.</summary>
    public decimal Goods { get; init; }
    /// <summary>工程类.</summary>
    public decimal Works { get; init; }
    /// <summary>服务类.</summary>
    public decimal Services { get; init; }
    /// <summary>Stated 合计, checked.</summary>
    public decimal? Total { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public decimal ComputedTotal => Goods + Works + Services;
    [System.Text.Json.Serialization.JsonIgnore]
    public FundSource FundOrDefault => Fund ?? FundSource.GeneralBudget;
}
