using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>The 支出功能分类 tree: codes (3/5/7 digits, nested, unique per fund) and stated node totals.</summary>
internal static class FunctionalRules
{
    private static readonly int[] Lengths = [3, 5, 7];
    private static readonly string[] Levels = ["类", "款", "项"];
    private const string Tree = "支出功能分类";

    public static void Check(ValidationContext ctx)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ctx.Report.Expenditure.Functional.Count == 0)
        {
            ctx.Error(ValidationRules.CodeNesting, "$.expenditure.functional", "支出功能分类不能为空");
        }
        Walk(ctx, ctx.Report.Expenditure.Functional, "$.expenditure.functional", null, 0, seen);
    }

    private static void Walk(ValidationContext ctx, IReadOnlyList<FunctionalItem> items, string listPath, FunctionalItem? parent, int depth, Dictionary<string, string> seen)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var path = listPath + "[" + i + "]";
            if (!TreeCodes.Check(ctx, Tree, path, item.Code, parent?.Code, depth, item.IsLeaf, Lengths, Levels))
            {
                continue;
            }
            var key = item.IsLeaf ? item.Code + "/" + item.FundOrDefault : item.Code;
            var label = item.IsLeaf ? $"{item.Code}（{item.FundOrDefault.ChineseName()}）" : item.Code;
            TreeCodes.Unique(ctx, seen, key, label, path);
            if (!item.IsLeaf && item.Fund is not null)
            {
                ctx.Error(ValidationRules.Misplaced, path + ".fund", $"资金来源只能在项级科目上指定，“{item.Code} {item.Name}”有下级科目");
            }
            if (item.IsLeaf && item.Fund is { } fund && item.SumTotal() != 0 && ctx.Report.Income.AmountOf(fund) == 0)
            {
                // Said at the item, where the mistake usually is (a wrong source), besides the income check's total.
                ctx.Error(ValidationRules.IncomeExpenditure, path + ".fund",
                    $"“{item.Code} {item.Name}”的资金来源是{fund.ChineseName()}（{BudgetJson.EnumName(fund)}），但本部门没有这项收入：请核对资金来源，或在 $.income.{BudgetJson.EnumName(fund)} 填写收入");
            }
            CheckFigures(ctx, item, path);
            Walk(ctx, item.Children, path + ".children", item, depth + 1, seen);
        }
    }

    private static void CheckFigures(ValidationContext ctx, FunctionalItem item, string path)
    {
        var name = $"“{item.Code} {item.Name}”的";
        if (!item.IsLeaf)
        {
            const string basis = "下级科目之和";
            ctx.CheckStated(ValidationRules.Sum, path + ".basic", name + "基本支出", item.SumBasic(), item.Basic, basis);
            ctx.CheckStated(ValidationRules.Sum, path + ".project", name + "项目支出", item.SumProject(), item.Project, basis);
            ctx.CheckStated(ValidationRules.Sum, path + ".lastYear", name + "上年预算数", item.SumLastYear() ?? 0m, item.LastYear, basis);
            ctx.CheckStated(ValidationRules.Sum, path + ".total", name + "小计", item.SumTotal(), item.Total, basis);
            return;
        }
        ctx.CheckStated(ValidationRules.Sum, path + ".total", name + "小计", item.SumTotal(), item.Total, "基本支出+项目支出");
    }
}
