namespace ReportGen.Core.Model;

// Derived figures of an economic classification tree (类 → 款).
public static class EconomicTree
{
    /// <summary>The leaf's amount, or the sum of the leaves below a node.</summary>
    public static decimal SumAmount(this EconomicItem item) =>
        item.IsLeaf ? item.Amount ?? 0m : item.Children.Sum(SumAmount);

    public static decimal SumAmount(this IEnumerable<EconomicItem> items) => items.Sum(i => i.SumAmount());

    /// <summary>
    /// 人员经费 or 公用经费 of an item of the 部门经济分类 of 基本支出: its own <see cref="EconomicItem.Kind"/>,
    /// else its parent's, else by 类: 301 工资福利支出 and 303 对个人和家庭的补助 are 人员经费, others 公用经费.
    /// </summary>
    public static CostKind KindOf(this EconomicItem item, EconomicItem? parent = null) =>
        item.Kind ?? parent?.Kind ?? (item.Code.StartsWith("301", StringComparison.Ordinal) || item.Code.StartsWith("303", StringComparison.Ordinal)
            ? CostKind.Personnel
            : CostKind.Public);

    /// <summary>The part of the item (leaf or node) that is of the given kind.</summary>
    public static decimal SumOfKind(this EconomicItem item, CostKind kind, EconomicItem? parent = null)
    {
        if (item.IsLeaf)
        {
            return item.KindOf(parent) == kind ? item.Amount ?? 0m : 0m;
        }
        return item.Children.Sum(c => c.SumOfKind(kind, item));
    }

    public static decimal SumOfKind(this IEnumerable<EconomicItem> items, CostKind kind) => items.Sum(i => i.SumOfKind(kind));

    /// <summary>Finds the node with the given code anywhere in the tree.</summary>
    public static EconomicItem? Find(this IEnumerable<EconomicItem> items, string code)
    {
        foreach (var item in items)
        {
            if (item.Code == code)
            {
                return item;
            }
            if (item.Children.Find(code) is { } found)
            {
                return found;
            }
        }
        return null;
    }
}
