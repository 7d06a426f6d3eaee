namespace ReportGen.Core.Model;

// Derived figures of the 功能分类 tree. A node's figures are the sums of its leaves; the values a
// node states itself (Basic, Project, Total, LastYear on a 类 or 款) are only checked against them.
public static class FunctionalTree
{
    /// <summary>基本支出 of the item: the leaf's own figure, or the sum over the leaves below a node.</summary>
    public static decimal SumBasic(this FunctionalItem item) =>
        item.IsLeaf ? item.Basic ?? 0m : item.Children.Sum(SumBasic);

    /// <summary>项目支出 of the item.</summary>
    public static decimal SumProject(this FunctionalItem item) =>
        item.IsLeaf ? item.Project ?? 0m : item.Children.Sum(SumProject);

    /// <summary>小计 = 基本支出 + 项目支出.</summary>
    public static decimal SumTotal(this FunctionalItem item) => item.SumBasic() + item.SumProject();

    /// <summary>Last year's figure: the sum of the leaves' last-year figures; null when no leaf below has one (all new).</summary>
    public static decimal? SumLastYear(this FunctionalItem item)
    {
        if (item.IsLeaf)
        {
            return item.LastYear;
        }
        decimal? sum = null;
        foreach (var child in item.Children)
        {
            if (child.SumLastYear() is decimal v)
            {
                sum = (sum ?? 0m) + v;
            }
        }
        return sum;
    }

    /// <summary>All leaves (项) below the given items, in order.</summary>
    public static IEnumerable<FunctionalItem> Leaves(this IEnumerable<FunctionalItem> items) =>
        items.SelectMany(i => i.IsLeaf ? [i] : i.Children.Leaves());

    /// <summary>All nodes (depth-first, parents before children) with their depth (0 = 类).</summary>
    public static IEnumerable<(FunctionalItem Item, int Depth, FunctionalItem[] Ancestors)> Walk(this IEnumerable<FunctionalItem> items) =>
        WalkCore(items, 0, []);

    private static IEnumerable<(FunctionalItem, int, FunctionalItem[])> WalkCore(IEnumerable<FunctionalItem> items, int depth, FunctionalItem[] ancestors)
    {
        foreach (var item in items)
        {
            yield return (item, depth, ancestors);
            foreach (var inner in WalkCore(item.Children, depth + 1, [.. ancestors, item]))
            {
                yield return inner;
            }
        }
    }

    /// <summary>
    /// The tree restricted to leaves financed by <paramref name="fund"/>; nodes left without leaves are
    /// dropped, and stated node totals are cleared (they described the whole tree).
    /// </summary>
    public static IReadOnlyList<FunctionalItem> ForFund(this IEnumerable<FunctionalItem> items, FundSource fund) =>
        Filter(items, leaf => leaf.FundOrDefault == fund);

    /// <summary>The tree restricted to leaves satisfying <paramref name="keep"/> (stated node totals cleared).</summary>
    public static IReadOnlyList<FunctionalItem> Filter(this IEnumerable<FunctionalItem> items, Func<FunctionalItem, bool> keep)
    {
        var result = new List<FunctionalItem>();
        foreach (var item in items)
        {
            if (item.IsLeaf)
            {
                if (keep(item))
                {
                    result.Add(item);
                }
                continue;
            }
            var children = Filter(item.Children, keep);
            if (children.Count > 0)
            {
                result.Add(item with { Children = children, Basic = null, Project = null, Total = null, LastYear = null });
            }
        }
        return result;
    }
}
