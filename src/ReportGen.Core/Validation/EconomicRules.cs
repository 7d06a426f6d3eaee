using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// The four economic classification trees (3/5-digit codes, nested, unique, stated totals), and the
/// 人员经费 / 公用经费 split of 基本支出.
/// </summary>
internal static class EconomicRules
{
    private static readonly int[] Lengths = [3, 5];
    private static readonly string[] Levels = ["类", "款"];

    public static void Check(ValidationContext ctx)
    {
        var e = ctx.Report.Economic;
        CheckTree(ctx, e.BasicDepartment, "$.economic.basicDepartment", "部门预算支出经济分类", kindAllowed: true);
        CheckTree(ctx, e.BasicGovernment, "$.economic.basicGovernment", "政府预算支出经济分类", kindAllowed: false);
        CheckTree(ctx, e.ProjectDepartment, "$.economic.projectDepartment", "部门预算支出经济分类", kindAllowed: false);
        CheckTree(ctx, e.ProjectGovernment, "$.economic.projectGovernment", "政府预算支出经济分类", kindAllowed: false);
        CheckPersonnelPublic(ctx);
    }

    private static void CheckTree(ValidationContext ctx, IReadOnlyList<EconomicItem> items, string listPath, string tree, bool kindAllowed)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(ctx, items, listPath, null, 0, seen, tree, kindAllowed);
    }

    private static void Walk(ValidationContext ctx, IReadOnlyList<EconomicItem> items, string listPath, EconomicItem? parent, int depth,
        Dictionary<string, string> seen, string tree, bool kindAllowed)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var path = listPath + "[" + i + "]";
            if (!TreeCodes.Check(ctx, tree, path, item.Code, parent?.Code, depth, item.IsLeaf, Lengths, Levels))
            {
                continue;
            }
            TreeCodes.Unique(ctx, seen, item.Code, item.Code, path);
            if (!kindAllowed && item.Kind is not null)
            {
                ctx.Error(ValidationRules.Misplaced, path + ".kind", "人员经费/公用经费（kind）只适用于基本支出的部门预算支出经济分类");
            }
            if (!item.IsLeaf)
            {
                ctx.CheckStated(ValidationRules.Sum, path + ".amount", $"“{item.Code} {item.Name}”的金额", item.SumAmount(), item.Amount, "下级科目之和");
            }
            Walk(ctx, item.Children, path + ".children", item, depth + 1, seen, tree, kindAllowed);
        }
    }

    private static void CheckPersonnelPublic(ValidationContext ctx)
    {
        var e = ctx.Report.Economic;
        var personnel = e.BasicDepartment.SumOfKind(CostKind.Personnel);
        var @public = e.BasicDepartment.SumOfKind(CostKind.Public);
        const string basis = "部门预算支出经济分类中{0}科目之和";
        ctx.CheckStated(ValidationRules.PersonnelPublic, "$.economic.personnelTotal", "人员经费", personnel, e.PersonnelTotal, string.Format(null, basis, "人员经费"));
        ctx.CheckStated(ValidationRules.PersonnelPublic, "$.economic.publicTotal", "公用经费", @public, e.PublicTotal, string.Format(null, basis, "公用经费"));
        if (e.PersonnelTotal is decimal p && e.PublicTotal is decimal q)
        {
            var basic = ctx.Report.FunctionalOf(FundSource.GeneralBudget).Sum(i => i.SumBasic());
            ctx.CheckStated(ValidationRules.PersonnelPublic, "$.economic", "人员经费与公用经费之和", basic, p + q, "一般公共预算基本支出");
        }
    }
}
