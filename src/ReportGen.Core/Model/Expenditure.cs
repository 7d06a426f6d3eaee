namespace ReportGen.Core.Model;

/// <summary>支出预算: the 功能分类 tree and the figures the narrative needs beside it.</summary>
public sealed record Expenditure
{
    /// <summary>支出功能分类 as a 类 (3 digits) → 款 (5) → 项 (7) tree.</summary>
    public required IReadOnlyList<FunctionalItem> Functional { get; init; }

    /// <summary>Last year's 基本支出 and 项目支出 (not derivable from the per-项 last-year totals).</summary>
    public required BasicProjectAmount LastYear { get; init; }

    /// <summary>
    /// Last year's 一般公共预算 基本支出 and 项目支出, for the narrative's 一般公共预算 comparison. Needed only
    /// when some item is financed by another source; when every item is 一般公共预算 it is <see cref="LastYear"/>.
    /// </summary>
    public BasicProjectAmount? GeneralBudgetLastYear { get; init; }

    /// <summary>Reason for the change of 基本支出, e.g. 人员减少，调出1人，退休2人.</summary>
    public string? BasicReason { get; init; }
    /// <summary>Reason for the change of 项目支出.</summary>
    public string? ProjectReason { get; init; }
    /// <summary>What 人员经费 is used for (the sentence after the amount).</summary>
    public string? PersonnelUse { get; init; }
    /// <summary>What 公用经费 is used for.</summary>
    public string? PublicUse { get; init; }
    /// <summary>What 项目支出 is mainly used for.</summary>
    public string? ProjectUse { get; init; }
}

public sealed record BasicProjectAmount
{
    public decimal Basic { get; init; }
    public decimal Project { get; init; }
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal Total => Basic + Project;
}

/// <summary>
/// A node of the 功能分类 tree. A leaf (项) carries the figures; a 类 or 款 carries children and may
/// state its own totals (as exports do), which are checked against the sum of its children.
/// </summary>
public sealed record FunctionalItem
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>Which source finances this 项 (default 一般公共预算). Leaves only.</summary>
    public FundSource? Fund { get; init; }
    /// <summary>基本支出 this year (leaf), or stated total (node).</summary>
    public decimal? Basic { get; init; }
    /// <summary>项目支出 this year (leaf), or stated total (node).</summary>
    public decimal? Project { get; init; }
    /// <summary>Stated 小计 (node or leaf); checked against 基本 + 项目.</summary>
    public decimal? Total { get; init; }
    /// <summary>Last year's budget of this item; null when the item is new.</summary>
    public decimal? LastYear { get; init; }
    /// <summary>Reason for the change against last year.</summary>
    public string? Reason { get; init; }
    public IReadOnlyList<FunctionalItem> Children { get; init => field = value ?? []; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsLeaf => Children.Count == 0;
    [System.Text.Json.Serialization.JsonIgnore]
    public FundSource FundOrDefault => Fund ?? FundSource.GeneralBudget;
}

/// <summary>Economic classifications of 一般公共预算 基本支出 and 项目支出 (表六 to 表九).</summary>
public sealed record EconomicClassification
{
    /// <summary>基本支出 by 部门预算支出经济分类 (301/302/303 …).</summary>
    public required IReadOnlyList<EconomicItem> BasicDepartment { get; init; }
    /// <summary>基本支出 by 政府预算支出经济分类 (501/502/505/509 …).</summary>
    public required IReadOnlyList<EconomicItem> BasicGovernment { get; init; }
    /// <summary>项目支出 by 部门预算支出经济分类.</summary>
    public IReadOnlyList<EconomicItem> ProjectDepartment { get; init => field = value ?? []; } = [];
    /// <summary>项目支出 by 政府预算支出经济分类.</summary>
    public IReadOnlyList<EconomicItem> ProjectGovernment { get; init => field = value ?? []; } = [];
    /// <summary>Stated 人员经费 of 基本支出 (表六's 合计 row), checked against the derived one.</summary>
    public decimal? PersonnelTotal { get; init; }
    /// <summary>Stated 公用经费 of 基本支出 (表六's 合计 row), checked against the derived one.</summary>
    public decimal? PublicTotal { get; init; }
}

/// <summary>Whether a 基本支出 economic item counts as 人员经费 or 公用经费.</summary>
public enum CostKind
{
    /// <summary>人员经费.</summary>
    Personnel,
    /// <summary>公用经费.</summary>
    Public,
}

/// <summary>A node of an economic classification tree: 类 (3 digits) → 款 (5 digits).</summary>
public sealed record EconomicItem
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>Amount (leaf) or stated total (node).</summary>
    public decimal? Amount { get; init; }
    /// <summary>
    /// 人员经费 or 公用经费 (部门经济分类 of 基本支出 only). Default by 类: 301 and 303 人员经费, others 公用经费.
    /// </summary>
    public CostKind? Kind { get; init; }
    public IReadOnlyList<EconomicItem> Children { get; init => field = value ?? []; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsLeaf => Children.Count == 0;
}
