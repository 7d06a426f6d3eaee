namespace ReportGen.Core.Model;

// Department-level derived figures used by the templates and the validator.
public static class BudgetFigures
{
    /// <summary>基本支出 of all sources.</summary>
    public static decimal TotalBasic(this BudgetReport r) => r.Expenditure.Functional.Sum(i => i.SumBasic());

    /// <summary>项目支出 of all sources.</summary>
    public static decimal TotalProject(this BudgetReport r) => r.Expenditure.Functional.Sum(i => i.SumProject());

    /// <summary>总支出 of all sources.</summary>
    public static decimal TotalExpenditure(this BudgetReport r) => r.TotalBasic() + r.TotalProject();

    /// <summary>The 功能分类 tree of one source (e.g. 一般公共预算 for 表五).</summary>
    public static IReadOnlyList<FunctionalItem> FunctionalOf(this BudgetReport r, FundSource fund) => r.Expenditure.Functional.ForFund(fund);

    /// <summary>机关运行经费 this year: 政府预算支出经济分类 502 (机关商品和服务支出) of 基本支出.</summary>
    public static decimal AgencyOperatingAmount(this BudgetReport r) => r.Economic.BasicGovernment.Find("502")?.SumAmount() ?? 0m;

    /// <summary>Looks a unit up by code.</summary>
    public static BudgetUnit? UnitByCode(this BudgetReport r, string code) => r.Department.Units.FirstOrDefault(u => u.Code == code);
}
