using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>收入预算 by source.</summary>
public sealed record IncomeView
{
    public required decimal Total { get; init; }
    /// <summary>Last year's total income: the sum of the sources' last-year figures; null when none is known.</summary>
    public required decimal? LastYear { get; init; }
    /// <summary>Every source in the standard order (一般公共预算 first, 用事业基金弥补收支差额 last), zero or not.</summary>
    public required IReadOnlyList<SourceAmount> Sources { get; init; }
    /// <summary>The sources with an amount this year.</summary>
    public IReadOnlyList<SourceAmount> NonZero => [.. Sources.Where(s => s.Amount != 0m || ShownAmounts.IsBelowStep(s.Amount))];
    /// <summary>The sources whose amount changed against a known last-year figure.</summary>
    public IReadOnlyList<SourceAmount> Changed => [.. Sources.Where(s => s.LastYear is decimal l && l != s.Amount)];
    /// <summary>A source by key: <c>income.by_key.general_budget.amount</c>.</summary>
    public required IReadOnlyDictionary<string, SourceAmount> ByKey { get; init; }

    public static IncomeView Create(Income income)
    {
        var sources = FundKeys.All.Select(f => new SourceAmount
        {
            Key = FundKeys.Key(f),
            Amount = income.AmountOf(f),
            LastYear = income.Get(f)?.LastYear,
        }).ToList();
        decimal? lastYear = sources.Any(s => s.LastYear is not null) ? sources.Sum(s => s.LastYear ?? 0m) : null;
        return new IncomeView
        {
            Total = income.Total,
            LastYear = lastYear,
            Sources = sources,
            ByKey = sources.ToDictionary(s => s.Key),
        };
    }
}

/// <summary>One source of income this year and last year.</summary>
public sealed record SourceAmount
{
    /// <summary>general_budget, government_fund, state_capital, special_account, business, superior_subsidy, subordinate_remittance, operating, other, carry_over, business_fund.</summary>
    public required string Key { get; init; }
    public required decimal Amount { get; init; }
    public required decimal? LastYear { get; init; }
}
