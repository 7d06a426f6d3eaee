using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>An economic classification item (类 or 款) as a table row.</summary>
public sealed record EconomicRow
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>0 for 类, 1 for 款.</summary>
    public required int Depth { get; init; }
    public required bool IsLeaf { get; init; }
    public string RowKind => Depth == 0 ? "group" : "row";
    public required decimal Amount { get; init; }
    /// <summary>The 人员经费 part (部门经济分类 of 基本支出).</summary>
    public required decimal Personnel { get; init; }
    /// <summary>The 公用经费 part.</summary>
    public required decimal Public { get; init; }

    public static List<EconomicRow> Flatten(IEnumerable<EconomicItem> tree) => [.. Walk(tree, 0, null)];

    private static IEnumerable<EconomicRow> Walk(IEnumerable<EconomicItem> items, int depth, EconomicItem? parent)
    {
        foreach (var item in items)
        {
            yield return new EconomicRow
            {
                Code = item.Code,
                Name = item.Name,
                Depth = depth,
                IsLeaf = item.IsLeaf,
                Amount = item.SumAmount(),
                Personnel = item.SumOfKind(CostKind.Personnel, parent),
                Public = item.SumOfKind(CostKind.Public, parent),
            };
            foreach (var child in Walk(item.Children, depth + 1, item))
            {
                yield return child;
            }
        }
    }
}
