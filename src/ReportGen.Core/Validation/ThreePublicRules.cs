using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>“三公”经费: parts add up, a year's total stays within that year's 一般公共预算 expenditure, items agree with the economic classification; 机关运行经费.</summary>
internal static class ThreePublicRules
{
    public static void Check(ValidationContext ctx)
    {
        var r = ctx.Report;
        var t = r.ThreePublic;
        CheckYear(ctx, t.ThisYear, "$.threePublic.thisYear", r.Department.Year, r.FunctionalOf(FundSource.GeneralBudget).Sum(i => i.SumTotal()));
        CheckYear(ctx, t.LastYear, "$.threePublic.lastYear", r.Department.Year - 1, BalanceRules.GeneralBudgetLastYear(r));
        CheckEconomic(ctx, t.ThisYear);
        ctx.CheckStated(ValidationRules.AgencyOperating, "$.agencyOperating.amount", "机关运行经费", r.AgencyOperatingAmount(), r.AgencyOperating.Amount,
            "基本支出政府预算支出经济分类 502 机关商品和服务支出");
    }

    private static void CheckYear(ValidationContext ctx, ThreePublicAmounts a, string path, int year, decimal generalBudget)
    {
        ctx.CheckStated(ValidationRules.Sum, path + ".vehicleTotal", $"{year}年公务用车购置及运行费小计", a.ComputedVehicleTotal, a.VehicleTotal, "购置费+运行维护费");
        ctx.CheckStated(ValidationRules.Sum, path + ".total", $"{year}年“三公”经费合计", a.ComputedTotal, a.Total, "因公出国（境）费+公务用车购置及运行费+公务接待费");
        var total = a.Total ?? a.ComputedTotal;
        if (total > generalBudget)
        {
            ctx.Error(ValidationRules.ThreePublicLimit, a.Total is null ? path : path + ".total",
                $"{year}年“三公”经费合计 {ctx.Money(total)}超过{year}年一般公共预算财政拨款支出 {ctx.Money(generalBudget)}，超出 {ctx.Money(total - generalBudget)}（“三公”经费由一般公共预算财政拨款安排，不能超过它）");
        }
    }

    private static void CheckEconomic(ValidationContext ctx, ThreePublicAmounts a)
    {
        var e = ctx.Report.Economic;
        Compare(ctx, "abroad", "因公出国（境）费", a.Abroad, "30212", "因公出国（境）费用", e);
        Compare(ctx, "reception", "公务接待费", a.Reception, "30217", "公务接待费", e);
        Compare(ctx, "vehicleOperation", "公务用车运行维护费", a.VehicleOperation, "30231", "公务用车运行维护费", e);
        Compare(ctx, "vehiclePurchase", "公务用车购置费", a.VehiclePurchase, "31013", "公务用车购置", e);
    }

    private static void Compare(ValidationContext ctx, string member, string label, decimal stated, string code, string codeName, EconomicClassification e)
    {
        var economic = (e.BasicDepartment.Find(code)?.SumAmount() ?? 0m) + (e.ProjectDepartment.Find(code)?.SumAmount() ?? 0m);
        // Below the economic items it is an error (ReviewRules); above them a warning.
        if (economic < stated)
        {
            ctx.Warning(ValidationRules.ThreePublicEconomic, "$.threePublic.thisYear." + member,
                ctx.Mismatch(label, economic, stated, $"部门预算支出经济分类 {code} {codeName}，基本支出+项目支出"));
        }
    }
}
