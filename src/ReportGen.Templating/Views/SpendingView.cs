using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>支出预算 of all sources: totals, last year, the 功能分类 rows and the narrative's free text.</summary>
public sealed record SpendingView
{
    public required decimal Basic { get; init; }
    public required decimal Project { get; init; }
    public decimal Total => Basic + Project;
    /// <summary>Last year's 基本支出 and 项目支出 (input).</summary>
    public required BasicProjectAmount LastYear { get; init; }
    /// <summary>All 功能分类 rows (every source), parents first.</summary>
    public required IReadOnlyList<FunctionalRow> Rows { get; init; }
    public IReadOnlyList<FunctionalRow> Classes => [.. Rows.Where(r => r.Depth == 0)];
    public IReadOnlyList<FunctionalRow> Leaves => [.. Rows.Where(r => r.IsLeaf)];
    /// <summary>The total per source key (general_budget …), for 表二.</summary>
    public IReadOnlyDictionary<string, decimal> ByFund =>
        FundKeys.All.ToDictionary(FundKeys.Key, f => Classes.Sum(c => c.ByFund[FundKeys.Key(f)]));
    public required string BasicReason { get; init; }
    public required string ProjectReason { get; init; }
    public required string PersonnelUse { get; init; }
    public required string PublicUse { get; init; }
    public required string ProjectUse { get; init; }

    public static SpendingView Create(BudgetReport report)
    {
        var e = report.Expenditure;
        return new SpendingView
        {
            Basic = report.TotalBasic(),
            Project = report.TotalProject(),
            LastYear = e.LastYear,
            Rows = FunctionalRow.Flatten(e.Functional),
            BasicReason = e.BasicReason ?? "",
            ProjectReason = e.ProjectReason ?? "",
            PersonnelUse = e.PersonnelUse ?? "",
            PublicUse = e.PublicUse ?? "",
            ProjectUse = e.ProjectUse ?? "",
        };
    }
}
