using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>The expenditure financed by one source (一般公共预算, 政府性基金, 国有资本经营): 表五, 表十一, 表十二 and section 三.</summary>
public sealed record FundView
{
    public required string Key { get; init; }
    /// <summary>True when the department spends money of this source this year.</summary>
    public bool Has => Total != 0m || Rows.Count > 0;
    public required decimal Basic { get; init; }
    public required decimal Project { get; init; }
    public decimal Total => Basic + Project;
    /// <summary>Last year's total of the items of this source; null when none has a last-year figure.</summary>
    public required decimal? LastYear { get; init; }
    /// <summary>
    /// Last year's 基本支出 and 项目支出 of this source: the department's when every item is financed by
    /// this source, else (for 一般公共预算) expenditure.generalBudgetLastYear when the input states it; else null.
    /// </summary>
    public decimal? LastYearBasic { get; init; }
    public decimal? LastYearProject { get; init; }
    /// <summary>The income of this source (收入预算).</summary>
    public required decimal Income { get; init; }
    /// <summary>The 功能分类 rows financed by this source, parents first.</summary>
    public required IReadOnlyList<FunctionalRow> Rows { get; init; }
    /// <summary>The 项 (leaves) only.</summary>
    public IReadOnlyList<FunctionalRow> Leaves => [.. Rows.Where(r => r.IsLeaf)];
    /// <summary>The 类 only.</summary>
    public IReadOnlyList<FunctionalRow> Classes => [.. Rows.Where(r => r.Depth == 0)];
    /// <summary>This view's total per source key (only its own sources are nonzero).</summary>
    public IReadOnlyDictionary<string, decimal> ByFund =>
        FundKeys.All.ToDictionary(FundKeys.Key, f => Classes.Sum(c => c.ByFund[FundKeys.Key(f)]));

    public static FundView Create(BudgetReport report, FundSource source) =>
        Create(report, FundKeys.Key(source), [source]);

    /// <summary>The view of several sources together, e.g. the three 财政拨款 sources of 表四.</summary>
    public static FundView Create(BudgetReport report, string key, IReadOnlyCollection<FundSource> sources)
    {
        var tree = report.Expenditure.Functional.Filter(leaf => sources.Contains(leaf.FundOrDefault));
        decimal? lastYear = null;
        foreach (var item in tree)
        {
            if (item.SumLastYear() is decimal v)
            {
                lastYear = (lastYear ?? 0m) + v;
            }
        }
        var allOfThem = report.Expenditure.Functional.Leaves().All(l => sources.Contains(l.FundOrDefault));
        var split = allOfThem ? report.Expenditure.LastYear
            : sources.SequenceEqual([FundSource.GeneralBudget]) ? report.Expenditure.GeneralBudgetLastYear
            : null;
        return new FundView
        {
            Key = key,
            LastYearBasic = split?.Basic,
            LastYearProject = split?.Project,
            Basic = tree.Sum(i => i.SumBasic()),
            Project = tree.Sum(i => i.SumProject()),
            LastYear = lastYear,
            Income = sources.Sum(report.Income.AmountOf),
            Rows = FunctionalRow.Flatten(tree),
        };
    }
}
