using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// Checks a finance bureau's review of a published disclosure makes beyond the sums: lists that must
/// not be empty, figures plainly in another unit than <c>amountUnit</c> says, 政府采购 from a fund the
/// department has no income from, 机关运行经费 of last year within last year's budget, and the 基本支出
/// economic items (基本支出 and 项目支出) of the “三公” within the stated “三公” figures.
/// </summary>
internal static class ReviewRules
{
    /// <summary>Above this a department is not a district's: 1,000 亿元 in 元.</summary>
    private const decimal LargestDepartment = 100_000_000_000m;

    /// <summary>人员经费 per staff member per year, in 元, that no real department is below or above.</summary>
    private const decimal LowestPerStaff = 1_000m;

    private const decimal HighestPerStaff = 10_000_000m;

    public static void Check(ValidationContext ctx)
    {
        var r = ctx.Report;
        if (r.Profile.Duties.Count == 0)
        {
            ctx.Error(ValidationRules.EmptyList, "$.profile.duties", "部门职责至少要有一项");
        }
        if (r.Performance.OverallGoals.Count == 0)
        {
            ctx.Error(ValidationRules.EmptyList, "$.performance.overallGoals", "当年整体绩效目标至少要有一项");
        }
        CheckFullName(ctx);
        CheckUnit(ctx);
        CheckProcurementFunds(ctx);
        CheckAgencyOperatingLastYear(ctx);
        CheckThreePublicBasic(ctx);
    }

    /// <summary>
    /// 部门全称 written the same everywhere: the department's own unit (“…（本级）”) carries exactly
    /// <c>department.name</c>.
    /// </summary>
    private static void CheckFullName(ValidationContext ctx)
    {
        var d = ctx.Report.Department;
        for (var i = 0; i < d.Units.Count; i++)
        {
            var name = d.Units[i].Name;
            if (name.EndsWith("（本级）", StringComparison.Ordinal) && name[..^4] != d.Name)
            {
                ctx.Error(ValidationRules.FullName, $"$.department.units[{i}].name",
                    $"本级单位的名称“{name}”与部门全称“{d.Name}”不一致（应为“{d.Name}（本级）”）");
            }
        }
    }

    /// <summary>元 data whose 人员经费 is a few 元 per person, or 万元 data the size of a province: the unit is wrong.</summary>
    private static void CheckUnit(ValidationContext ctx)
    {
        var r = ctx.Report;
        var toYuan = r.Department.AmountUnit == AmountUnit.万元 ? 10_000m : 1m;
        var total = r.TotalExpenditure() * toYuan;
        if (r.Department.AmountUnit == AmountUnit.万元 && total > LargestDepartment)
        {
            ctx.Error(ValidationRules.UnitPlausibility, "$.department.amountUnit",
                $"数据以万元计，支出合计 {ctx.Money(r.TotalExpenditure())}即 {total / 100_000_000m:#,##0.##} 亿元，远超一个区县部门的规模：数据是否其实以元为单位？");
            return;
        }
        var staff = r.Profile.Composition.Establishment.Total;
        var personnel = ((r.Economic.BasicDepartment.Find("301")?.SumAmount() ?? 0m) + (r.Economic.BasicDepartment.Find("303")?.SumAmount() ?? 0m)) * toYuan;
        if (staff <= 0 || personnel <= 0)
        {
            return;
        }
        var perStaff = personnel / staff;
        if (r.Department.AmountUnit == AmountUnit.万元 && perStaff > HighestPerStaff)
        {
            ctx.Error(ValidationRules.UnitPlausibility, "$.department.amountUnit",
                $"数据以万元计，人员经费（301+303）按编制 {staff} 人每人每年 {perStaff / 10_000m:#,##0.##} 万元，不合常理：数据是否其实以元为单位？");
        }
        else if (r.Department.AmountUnit == AmountUnit.元 && perStaff < LowestPerStaff)
        {
            ctx.Error(ValidationRules.UnitPlausibility, "$.department.amountUnit",
                $"数据以元计，人员经费（301+303）按编制 {staff} 人每人每年只有 {perStaff:#,##0.##} 元，不合常理：数据是否其实以万元为单位？");
        }
    }

    private static void CheckProcurementFunds(ValidationContext ctx)
    {
        var r = ctx.Report;
        for (var i = 0; i < r.Procurement.Count; i++)
        {
            var line = r.Procurement[i];
            var fund = line.FundOrDefault;
            if ((line.Total ?? line.ComputedTotal) > 0 && r.Income.AmountOf(fund) == 0)
            {
                ctx.Error(ValidationRules.ProcurementFund, $"$.procurement[{i}].fund",
                    $"政府采购“{line.Item}”的资金来源是{fund.ChineseName()}，但本部门没有这项收入（income 中为 0 或未填）");
            }
        }
    }

    private static void CheckAgencyOperatingLastYear(ValidationContext ctx)
    {
        var r = ctx.Report;
        if (r.AgencyOperating.LastYear is { } last && last > BalanceRules.GeneralBudgetLastYear(r))
        {
            ctx.Error(ValidationRules.AgencyOperating, "$.agencyOperating.lastYear",
                $"{r.Department.Year - 1}年机关运行经费 {ctx.Money(last)}超过{r.Department.Year - 1}年一般公共预算财政拨款支出 {ctx.Money(BalanceRules.GeneralBudgetLastYear(r))}（机关运行经费是其基本支出的一部分）");
        }
    }

    /// <summary>
    /// What the economic classification spends on a “三公” item — 基本支出 and 项目支出 together, since
    /// “三公”经费 are budgeted in both — cannot exceed the stated figure of that item: the disclosed
    /// figure would be understated (an error naming both parts). A stated figure above the economic
    /// items is only a warning (ThreePublicRules): part of it may be classified under another item.
    /// </summary>
    private static void CheckThreePublicBasic(ValidationContext ctx)
    {
        var r = ctx.Report;
        var t = r.ThreePublic.ThisYear;
        foreach (var (member, label, stated, code) in new[]
        {
            ("abroad", "因公出国（境）费", t.Abroad, "30212"),
            ("reception", "公务接待费", t.Reception, "30217"),
            ("vehicleOperation", "公务用车运行维护费", t.VehicleOperation, "30231"),
            ("vehiclePurchase", "公务用车购置费", t.VehiclePurchase, "31013"),
        })
        {
            var basic = r.Economic.BasicDepartment.Find(code)?.SumAmount() ?? 0m;
            var project = r.Economic.ProjectDepartment.Find(code)?.SumAmount() ?? 0m;
            if (basic + project > stated)
            {
                ctx.Error(ValidationRules.ThreePublicEconomic, "$.threePublic.thisYear." + member,
                    $"“三公”经费中的{label}为 {ctx.Money(stated)}，少于部门预算支出经济分类 {code} 的 {ctx.Money(basic + project)}（基本支出 {ctx.Money(basic)}，项目支出 {ctx.Money(project)}），相差 {ctx.Money(basic + project - stated)}（“三公”经费包含基本支出和项目支出中的这部分）");
            }
        }
    }
}
