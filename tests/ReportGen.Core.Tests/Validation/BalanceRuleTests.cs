using System.Text.Json.Nodes;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>Views of the same money agree: income and expenditure, the three classifications, 人员/公用经费, last year.</summary>
public sealed class BalanceRuleTests : RuleTestBase
{
    [Fact]
    public void Income_by_source_equals_the_expenditure_it_finances()
    {
        var r = ValidateChanged("$.income.generalBudget.amount", N(17_625_409.55m));
        var d = Error(r, ValidationRules.IncomeExpenditure, "$.income.generalBudget.amount");
        Figures(d, "17,625,499.55 元", "17,625,409.55 元", "90.00 元");
        Assert.Contains("一般公共预算财政拨款", d.Message);
        Figures(Error(r, ValidationRules.IncomeExpenditure, "$.income"), "17,625,499.55 元", "17,625,409.55 元", "90.00 元");
    }

    [Fact]
    public void Income_from_a_source_no_expenditure_uses()
    {
        var r = ValidateChanged("$.income.governmentFund", JsonNode.Parse("""{ "amount": 100 }"""));
        var d = Error(r, ValidationRules.IncomeExpenditure, "$.income.governmentFund.amount");
        Figures(d, "0.00 元", "100.00 元", "100.00 元");
        Assert.Contains("政府性基金预算财政拨款", d.Message);
    }

    [Fact]
    public void A_fund_the_department_has_no_income_from_is_reported_at_the_item()
    {
        var r = ValidateChanged("$.expenditure.functional[0].children[0].children[0].fund", S("stateCapital"));
        var d = Error(r, ValidationRules.IncomeExpenditure, "$.expenditure.functional[0].children[0].children[0].fund");
        Assert.Equal("“2010301 行政运行”的资金来源是国有资本经营预算财政拨款（stateCapital），但本部门没有这项收入：请核对资金来源，或在 $.income.stateCapital 填写收入", d.Message);
    }

    [Fact]
    public void General_budget_last_year_split_adds_up_to_the_general_budget_items_last_year()
    {
        var r = ValidateChanged("$.expenditure.generalBudgetLastYear", JsonNode.Parse("""{ "basic": 5490492.54, "project": 12949000.00 }"""));
        var d = Error(r, ValidationRules.LastYear, "$.expenditure.generalBudgetLastYear");
        Figures(d, "18,439,531.54 元", "18,439,492.54 元", "39.00 元");
        Assert.True(ValidateChanged("$.expenditure.generalBudgetLastYear", JsonNode.Parse("""{ "basic": 5490492.54, "project": 12949039.00 }""")).IsValid);
    }

    [Fact]
    public void Basic_by_government_economic_equals_basic_by_function()
    {
        var r = Validate(TestData.Mutate(
            ("$.economic.basicGovernment[3].amount", N(85_900m)),
            ("$.economic.basicGovernment[3].children[0].amount", N(85_900m))));
        var d = Error(r, ValidationRules.ClassificationBalance, "$.economic.basicGovernment");
        Figures(d, "4,995,499.55 元", "4,995,599.55 元", "100.00 元");
        Assert.Contains("政府预算支出经济分类", d.Message);
    }

    [Fact]
    public void Project_by_department_economic_equals_project_by_function()
    {
        var r = Validate(TestData.Mutate(
            ("$.economic.projectDepartment[0].amount", N(12_629_000m)),
            ("$.economic.projectDepartment[0].children[0].amount", N(547_000m))));
        Figures(Error(r, ValidationRules.ClassificationBalance, "$.economic.projectDepartment"), "12,630,000.00 元", "12,629,000.00 元", "1,000.00 元");
    }

    [Fact]
    public void Personnel_and_public_costs_add_up_to_basic()
    {
        var r = ValidateChanged("$.economic.personnelTotal", N(3_954_714.22m));
        Figures(Error(r, ValidationRules.PersonnelPublic, "$.economic.personnelTotal"), "3,954,714.21 元", "3,954,714.22 元", "0.01 元");
        Figures(Error(r, ValidationRules.PersonnelPublic, "$.economic"), "4,995,499.55 元", "4,995,499.56 元", "0.01 元");
    }

    [Fact]
    public void Last_year_basic_plus_project_equals_income_and_items_last_year()
    {
        var r = ValidateChanged("$.expenditure.lastYear.basic", N(5_490_493.54m));
        var found = r.Diagnostics.Where(d => d.Rule == ValidationRules.LastYear && d.Path == "$.expenditure.lastYear").ToList();
        Assert.Equal(2, found.Count);
        Assert.Contains(found, d => d.Message.Contains("各收入来源上年数之和", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message.Contains("支出功能分类各项上年预算数之和", StringComparison.Ordinal));
        Assert.All(found, d => Figures(d, "18,439,531.54 元", "18,439,532.54 元", "1.00 元"));
    }
}
