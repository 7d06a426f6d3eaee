using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>绩效目标: the department's goal and indicators, and the projects by category with counts and amounts.</summary>
public sealed record PerformanceView
{
    public required IReadOnlyList<string> Goals { get; init; }
    public required IReadOnlyList<Indicator> Indicators { get; init; }
    public required ProjectGroup All { get; init; }
    /// <summary>Projects financed by 一般公共预算.</summary>
    public required ProjectGroup GeneralBudget { get; init; }
    /// <summary>重点项目.</summary>
    public required ProjectGroup Key { get; init; }
    /// <summary>一般项目.</summary>
    public required ProjectGroup General { get; init; }

    public static PerformanceView Create(BudgetReport report, IReadOnlyList<ProjectView> projects) => new()
    {
        Goals = report.Performance.OverallGoals,
        Indicators = report.Performance.Indicators,
        All = ProjectGroup.Of(projects),
        GeneralBudget = ProjectGroup.Of(projects.Where(p => p.Fund == FundKeys.Key(FundSource.GeneralBudget))),
        Key = ProjectGroup.Of(projects.Where(p => p.Category == "key")),
        General = ProjectGroup.Of(projects.Where(p => p.Category == "general")),
    };
}

/// <summary>Some projects, their count and their total.</summary>
public sealed record ProjectGroup
{
    public required IReadOnlyList<ProjectView> Projects { get; init; }
    public int Count => Projects.Count;
    public decimal Amount => Projects.Sum(p => p.Amount);
    /// <summary>The amount per source key (general_budget …).</summary>
    public IReadOnlyDictionary<string, decimal> ByFund =>
        FundKeys.All.ToDictionary(FundKeys.Key, f => Projects.Where(p => p.Fund == FundKeys.Key(f)).Sum(p => p.Amount));
    /// <summary>The amount financed by other sources than the three 财政拨款 ones.</summary>
    public decimal NonFiscal => Projects.Where(p => !p.IsFiscal).Sum(p => p.Amount);
    /// <summary>The amount financed by 财政拨款 (一般公共预算, 政府性基金, 国有资本经营).</summary>
    public decimal Fiscal => Amount - NonFiscal;

    public static ProjectGroup Of(IEnumerable<ProjectView> projects) => new() { Projects = [.. projects] };
}
