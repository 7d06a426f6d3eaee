using ReportGen.Core.Model;
using ReportGen.Templating.Functions;

namespace ReportGen.Templating.Views;

/// <summary>A 功能分类 item as a table row or a narrative item: figures computed from the leaves below it.</summary>
public sealed record FunctionalRow
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>0 for 类, 1 for 款, 2 for 项.</summary>
    public required int Depth { get; init; }
    /// <summary>"类", "款" or "项".</summary>
    public string Level => Depth switch { 0 => "类", 1 => "款", _ => "项" };
    public required bool IsLeaf { get; init; }
    /// <summary>The table row directive: "group" for a 类, "row" otherwise.</summary>
    public string RowKind => Depth == 0 ? "group" : "row";
    public required decimal Basic { get; init; }
    public required decimal Project { get; init; }
    public decimal Total => Basic + Project;
    /// <summary>Last year's figure; null when the item is new.</summary>
    public required decimal? LastYear { get; init; }
    public bool IsNew => LastYear is null;
    /// <summary>The reason for the change ("" when none is given).</summary>
    public required string Reason { get; init; }
    /// <summary>The names from the 类 down to this item (the narrative's label is made of them by func_label in helpers.sbn).</summary>
    public required IReadOnlyList<string> Names { get; init; }
    /// <summary>This row's total per source of money, by source key (general_budget, government_fund …).</summary>
    public required IReadOnlyDictionary<string, decimal> ByFund { get; init; }

    /// <summary>The rows of a tree, parents before children.</summary>
    public static List<FunctionalRow> Flatten(IEnumerable<FunctionalItem> tree) =>
        [.. tree.Walk().Select(w => Create(w.Item, w.Depth, [.. w.Ancestors, w.Item]))];

    public static FunctionalRow Create(FunctionalItem item, int depth, IReadOnlyList<FunctionalItem> path) => new()
    {
        Code = item.Code,
        Name = item.Name,
        Depth = depth,
        IsLeaf = item.IsLeaf,
        Basic = item.SumBasic(),
        Project = item.SumProject(),
        LastYear = item.SumLastYear(),
        Reason = item.Reason ?? "",
        Names = FunctionalLabels.Names(path),
        ByFund = FundKeys.All.ToDictionary(
            f => FundKeys.Key(f),
            f => item.IsLeaf
                ? (item.FundOrDefault == f ? item.SumTotal() : 0m)
                : new[] { item }.ForFund(f).Sum(i => i.SumTotal())),
    };
}
