using ReportGen.Core.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// The names on the path to a 功能分类 item: 类, 款, 项 ("一般公共服务支出", "政府办公厅（室）及相关机构事务",
/// "行政运行"). The narrative's wording around them ("（类）", "（款）", "（项）") is in the template set
/// (helpers.sbn, <c>func_label</c>).
/// </summary>
public static class FunctionalLabels
{
    /// <summary>The names from the 类 down to the item with <paramref name="code"/>; null when no item has that code.</summary>
    public static IReadOnlyList<string>? Names(IEnumerable<FunctionalItem> tree, string code)
    {
        foreach (var (item, _, ancestors) in tree.Walk())
        {
            if (item.Code == code)
            {
                return Names([.. ancestors, item]);
            }
        }
        return null;
    }

    /// <summary>The names of a path from the 类 down to the item.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<FunctionalItem> path) => [.. path.Select(p => p.Name)];
}
