namespace ReportGen.Core.Model;

/// <summary>绩效目标: the department's overall goal; projects carry their own.</summary>
public sealed record PerformanceGoals
{
    /// <summary>当年整体绩效目标 (items, each one goal; the template numbers them).</summary>
    public required IReadOnlyList<string> OverallGoals { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init => field = value ?? []; } = [];
}

/// <summary>A performance indicator (绩效指标).</summary>
public sealed record Indicator
{
    /// <summary>指标名称.</summary>
    public required string Name { get; init; }
    /// <summary>指标权重.</summary>
    public decimal Weight { get; init; }
    /// <summary>计量单位.</summary>
    public string Unit { get; init => field = value ?? ""; } = "";
    /// <summary>指标性质: ≥, ≤, = or 定性.</summary>
    public required string Nature { get; init; }
    /// <summary>指标值.</summary>
    public required string Value { get; init; }
    /// <summary>是否核心指标.</summary>
    public bool Core { get; init; }
}

public enum ProjectCategory
{
    /// <summary>一般项目.</summary>
    General,
    /// <summary>重点项目.</summary>
    Key,
}

/// <summary>
/// A 项目 of 项目支出: the source of 表十三 (项目支出明细), 表十六/十七 (绩效目标) and the 绩效 narrative.
/// </summary>
public sealed record Project
{
    /// <summary>Project code in the budget system, e.g. 50011221T000000043637.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>Code of the unit that runs it (one of department.units).</summary>
    public required string Unit { get; init; }
    /// <summary>The 项 of the 功能分类 it is budgeted under.</summary>
    public required string FunctionCode { get; init; }
    public FundSource? Fund { get; init; }
    public ProjectCategory Category { get; init; } = ProjectCategory.General;
    /// <summary>区级支出.</summary>
    public decimal DistrictAmount { get; init; }
    /// <summary>补助镇街.</summary>
    public decimal TownAmount { get; init; }
    /// <summary>项目概况.</summary>
    public string? Overview { get; init; }
    /// <summary>立项依据.</summary>
    public string? Basis { get; init; }
    /// <summary>当年绩效目标.</summary>
    public string? Goal { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init => field = value ?? []; } = [];

    /// <summary>当年预算 = 区级支出 + 补助镇街.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal Amount => DistrictAmount + TownAmount;
    [System.Text.Json.Serialization.JsonIgnore]
    public FundSource FundOrDefault => Fund ?? FundSource.GeneralBudget;
}
