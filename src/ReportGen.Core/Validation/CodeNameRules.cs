using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// Catches a classification code changed while its name was kept: the name is the catalogue's name of a
/// different code of the same level (or, for 项 such as 行政运行, its fixed last two digits differ).
/// </summary>
internal static class CodeNameRules
{
    public static void Check(ValidationContext ctx)
    {
        foreach (var (item, depth, path) in Functional(ctx.Report.Expenditure.Functional, "$.expenditure.functional", 0))
        {
            var name = ClassificationCatalog.Normalize(item.Name);
            if (depth == 2 && item.Code.Length == 7 && ClassificationCatalog.FunctionalSuffixes.TryGetValue(name, out var suffix))
            {
                if (!item.Code.EndsWith(suffix, StringComparison.Ordinal))
                {
                    ctx.Error(ValidationRules.CodeName, path + ".code",
                        $"项级科目“{item.Name}”的编码应以 {suffix} 结尾（如 {item.Code[..5]}{suffix}），实际为“{item.Code}”");
                }
                continue;
            }
            Compare(ctx, ClassificationCatalog.Functional, item.Code, item.Name, path);
        }
        var e = ctx.Report.Economic;
        CheckEconomic(ctx, ClassificationCatalog.DepartmentEconomic, e.BasicDepartment, "$.economic.basicDepartment");
        CheckEconomic(ctx, ClassificationCatalog.GovernmentEconomic, e.BasicGovernment, "$.economic.basicGovernment");
        CheckEconomic(ctx, ClassificationCatalog.DepartmentEconomic, e.ProjectDepartment, "$.economic.projectDepartment");
        CheckEconomic(ctx, ClassificationCatalog.GovernmentEconomic, e.ProjectGovernment, "$.economic.projectGovernment");
    }

    private static void CheckEconomic(ValidationContext ctx, IReadOnlyDictionary<string, string> catalog, IReadOnlyList<EconomicItem> items, string listPath)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{listPath}[{i}]";
            Compare(ctx, catalog, items[i].Code, items[i].Name, path);
            CheckEconomic(ctx, catalog, items[i].Children, path + ".children");
        }
    }

    private static void Compare(ValidationContext ctx, IReadOnlyDictionary<string, string> catalog, string code, string name, string path)
    {
        var normalized = ClassificationCatalog.Normalize(name);
        if (catalog.TryGetValue(code, out var own) && own == normalized)
        {
            return;
        }
        var others = catalog.Where(c => c.Value == normalized && c.Key.Length == code.Length && c.Key != code).Select(c => c.Key).ToList();
        if (others.Count > 0)
        {
            ctx.Error(ValidationRules.CodeName, path + ".code", $"科目“{name}”的编码应为 {string.Join(" 或 ", others)}，实际为“{code}”");
        }
    }

    private static IEnumerable<(FunctionalItem Item, int Depth, string Path)> Functional(IReadOnlyList<FunctionalItem> items, string listPath, int depth)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{listPath}[{i}]";
            yield return (items[i], depth, path);
            foreach (var inner in Functional(items[i].Children, path + ".children", depth + 1))
            {
                yield return inner;
            }
        }
    }
}
