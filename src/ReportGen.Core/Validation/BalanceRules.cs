using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// Figures that must agree across views of the same money: income by source and expenditure by fund;
/// 一般公共预算 by 功能分类, 部门经济分类 and 政府经济分类; last year's totals.
/// </summary>
internal static class BalanceRules
{
    public static void Check(ValidationContext ctx)
    {
        CheckIncome(ctx);
        CheckClassifications(ctx);
        CheckLastYear(ctx);
    }

    private static void CheckIncome(ValidationContext ctx)
    {
        var r = ctx.Report;
        if (r.TotalExpenditure() == 0 && r.Income.Total == 0)
        {
            // A department publishes a budget because it has one: all zeros is a file whose figures were
            // never filled in (next-year's starting file before the workbook is imported), not a budget.
            ctx.Error(ValidationRules.EmptyBudget, "$.expenditure.functional",
                $"{r.Department.Year}年的收入和支出都是 0：文件中还没有本年的预算数。请用 reportgen import 导入本年的公开表工作簿（可用本文件作 --text），或填入本年各科目的预算数");
        }
        var leaves = r.Expenditure.Functional.Leaves().ToList();
        ctx.CheckStated(ValidationRules.IncomeExpenditure, "$.income", "收入合计", r.TotalExpenditure(), r.Income.Total, "支出合计");
        foreach (var source in Enum.GetValues<FundSource>())
        {
            var spent = leaves.Where(l => l.FundOrDefault == source).Sum(l => l.SumTotal());
            var income = r.Income.AmountOf(source);
            var name = BudgetJson.EnumName(source);
            var path = r.Income.Get(source) is null ? "$.income" : $"$.income.{name}.amount";
            ctx.CheckStated(ValidationRules.IncomeExpenditure, path, $"{source.ChineseName()}收入（{name}）", spent, income,
                $"支出功能分类中由{source.ChineseName()}安排的支出之和");
        }
    }

    private static void CheckClassifications(ValidationContext ctx)
    {
        var r = ctx.Report;
        var general = r.FunctionalOf(FundSource.GeneralBudget);
        var basic = general.Sum(i => i.SumBasic());
        var project = general.Sum(i => i.SumProject());
        var e = r.Economic;
        Compare(ctx, "$.economic.basicDepartment", "基本支出", "部门预算支出经济分类", basic, e.BasicDepartment);
        Compare(ctx, "$.economic.basicGovernment", "基本支出", "政府预算支出经济分类", basic, e.BasicGovernment);
        Compare(ctx, "$.economic.projectDepartment", "项目支出", "部门预算支出经济分类", project, e.ProjectDepartment);
        Compare(ctx, "$.economic.projectGovernment", "项目支出", "政府预算支出经济分类", project, e.ProjectGovernment);
    }

    private static void Compare(ValidationContext ctx, string path, string kind, string tree, decimal functional, IReadOnlyList<EconomicItem> items) =>
        ctx.CheckStated(ValidationRules.ClassificationBalance, path, $"一般公共预算{kind}按{tree}合计", functional, items.SumAmount(), $"按支出功能分类的一般公共预算{kind}");

    private static void CheckLastYear(ValidationContext ctx)
    {
        var r = ctx.Report;
        var stated = r.Expenditure.LastYear.Basic + r.Expenditure.LastYear.Project;
        var given = Enum.GetValues<FundSource>().Select(s => r.Income.Get(s)?.LastYear).OfType<decimal>().ToList();
        var label = $"{r.Department.Year - 1}年预算（基本支出+项目支出）";
        if (given.Count > 0)
        {
            ctx.CheckStated(ValidationRules.LastYear, "$.expenditure.lastYear", label, given.Sum(), stated, "各收入来源上年数之和");
        }
        var leaves = r.Expenditure.Functional.Leaves().ToList();
        if (leaves.All(l => l.FundOrDefault == FundSource.GeneralBudget) && leaves.Any(l => l.LastYear is not null))
        {
            ctx.CheckStated(ValidationRules.LastYear, "$.expenditure.lastYear", label, leaves.Sum(l => l.LastYear ?? 0m), stated, "支出功能分类各项上年预算数之和");
        }
        if (r.Expenditure.GeneralBudgetLastYear is { } general)
        {
            var generalLeaves = leaves.Where(l => l.FundOrDefault == FundSource.GeneralBudget).Sum(l => l.LastYear ?? 0m);
            ctx.CheckStated(ValidationRules.LastYear, "$.expenditure.generalBudgetLastYear", $"{r.Department.Year - 1}年一般公共预算（基本支出+项目支出）",
                generalLeaves, general.Basic + general.Project, "支出功能分类中一般公共预算各项上年预算数之和");
        }
    }

    /// <summary>Last year's 一般公共预算 expenditure: as the income states it, else as the expenditure does.</summary>
    public static decimal GeneralBudgetLastYear(BudgetReport r)
    {
        if (r.Income.GeneralBudget?.LastYear is decimal fromIncome)
        {
            return fromIncome;
        }
        var leaves = r.Expenditure.Functional.Leaves().ToList();
        return leaves.All(l => l.FundOrDefault == FundSource.GeneralBudget)
            ? r.Expenditure.LastYear.Basic + r.Expenditure.LastYear.Project
            : leaves.Where(l => l.FundOrDefault == FundSource.GeneralBudget).Sum(l => l.LastYear ?? 0m);
    }
}
