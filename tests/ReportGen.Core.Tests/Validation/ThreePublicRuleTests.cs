using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

public sealed class ThreePublicRuleTests : RuleTestBase
{
    [Fact]
    public void This_year_three_public_above_general_budget_expenditure()
    {
        var r = Validate(TestData.Mutate(
            ("$.threePublic.thisYear.abroad", N(17_600_000m)),
            ("$.threePublic.thisYear.total", N(17_687_500m))));
        var d = Error(r, ValidationRules.ThreePublicLimit, "$.threePublic.thisYear.total");
        Assert.Contains("2024年“三公”经费合计 17,687,500.00 元超过2024年一般公共预算财政拨款支出 17,625,499.55 元，超出 62,000.45 元", d.Message);
    }

    [Fact]
    public void Three_public_item_above_the_economic_classification_is_a_warning()
    {
        // Above what the economic classification holds: part may be classified elsewhere, a warning.
        // (Below what the 基本支出 alone holds is an error: ReviewRuleTests.)
        var r = Validate(TestData.Mutate(
            ("$.threePublic.thisYear.reception", N(48_000m)),
            ("$.threePublic.thisYear.total", N(88_000m))));
        var d = Warning(r, ValidationRules.ThreePublicEconomic, "$.threePublic.thisYear.reception");
        Figures(d, "47,500.00 元", "48,000.00 元", "500.00 元");
        Assert.Contains("30217 公务接待费", d.Message);
        Assert.True(r.IsValid, TestData.Join(r.Diagnostics));
    }

    [Fact]
    public void Agency_operating_amount_is_502_of_basic_expenditure()
    {
        var r = ValidateChanged("$.agencyOperating.amount", N(675_095.84m));
        Figures(Error(r, ValidationRules.AgencyOperating, "$.agencyOperating.amount"), "675,095.74 元", "675,095.84 元", "0.10 元");
    }
}
