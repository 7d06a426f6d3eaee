using ReportGen.Core.Model;

namespace ReportGen.Templating.Functions;

/// <summary>The narrative's label of a 功能分类 item: "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）".</summary>
public static class FunctionalLabels
{
    private static readonly string[] LevelNames = ["（类）", "（款）", "（项）"];

    /// <summary>The label of the item with <paramref name="code"/> in the tree; null when no item has that code.</summary>
    public static string? Of(IEnumerable<FunctionalItem> tree, string code)
    {
        foreach (var (item, _, ancestors) in tree.Walk())
        {
            if (item.Code == code)
            {
                return Of([.. ancestors, item]);
            }
        }
        return null;
    }

    /// <summary>The label of a path from the 类 down to the item.</summary>
    public static string Of(IReadOnlyList<FunctionalItem> path) =>
        string.Concat(path.Select((p, depth) => p.Name + LevelNames[Math.Min(depth, LevelNames.Length - 1)]));
}
