namespace ReportGen.Core.Model;

/// <summary>
/// The sources of money a budget line can be financed from. The JSON names are the camelCase
/// enum names (generalBudget, governmentFund …).
/// </summary>
public enum FundSource
{
    /// <summary>一般公共预算财政拨款.</summary>
    GeneralBudget,
    /// <summary>政府性基金预算财政拨款.</summary>
    GovernmentFund,
    /// <summary>国有资本经营预算财政拨款.</summary>
    StateCapital,
    /// <summary>财政专户管理资金.</summary>
    SpecialAccount,
    /// <summary>事业收入.</summary>
    Business,
    /// <summary>上级补助收入.</summary>
    SuperiorSubsidy,
    /// <summary>附属单位上缴收入.</summary>
    SubordinateRemittance,
    /// <summary>事业单位经营收入.</summary>
    Operating,
    /// <summary>其他收入.</summary>
    Other,
    /// <summary>上年结转.</summary>
    CarryOver,
    /// <summary>用事业基金弥补收支差额.</summary>
    BusinessFund,
}

/// <summary>This year's and last year's amount of one income source.</summary>
public sealed record IncomeAmount
{
    public decimal Amount { get; init; }
    /// <summary>Last year's amount; null when not known (then no change is stated).</summary>
    public decimal? LastYear { get; init; }
}

/// <summary>收入预算 by source. A source absent from the input is zero.</summary>
public sealed record Income
{
    public IncomeAmount? GeneralBudget { get; init; }
    public IncomeAmount? GovernmentFund { get; init; }
    public IncomeAmount? StateCapital { get; init; }
    public IncomeAmount? SpecialAccount { get; init; }
    public IncomeAmount? Business { get; init; }
    public IncomeAmount? SuperiorSubsidy { get; init; }
    public IncomeAmount? SubordinateRemittance { get; init; }
    public IncomeAmount? Operating { get; init; }
    public IncomeAmount? Other { get; init; }
    public IncomeAmount? CarryOver { get; init; }
    public IncomeAmount? BusinessFund { get; init; }

    public IncomeAmount? Get(FundSource source) => source switch
    {
        FundSource.GeneralBudget => GeneralBudget,
        FundSource.GovernmentFund => GovernmentFund,
        FundSource.StateCapital => StateCapital,
        FundSource.SpecialAccount => SpecialAccount,
        FundSource.Business => Business,
        FundSource.SuperiorSubsidy => SuperiorSubsidy,
        FundSource.SubordinateRemittance => SubordinateRemittance,
        FundSource.Operating => Operating,
        FundSource.Other => Other,
        FundSource.CarryOver => CarryOver,
        FundSource.BusinessFund => BusinessFund,
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public decimal AmountOf(FundSource source) => Get(source)?.Amount ?? 0m;

    [System.Text.Json.Serialization.JsonIgnore]
    public decimal Total => Enum.GetValues<FundSource>().Sum(AmountOf);
}
