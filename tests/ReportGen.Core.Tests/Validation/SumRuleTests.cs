using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>Every stated total equals the sum of its parts, at every level of every tree.</summary>
public sealed class SumRuleTests : RuleTestBase
{
    [Fact]
    public void Functional_kuan_basic_total()
    {
        var r = ValidateChanged("$.expenditure.functional[0].children[0].basic", N(3_881_692.03m));
        var d = Error(r, ValidationRules.Sum, "$.expenditure.functional[0].children[0].basic");
        Figures(d, "3,881,691.03 元", "3,881,692.03 元", "1.00 元");
        Assert.Contains("20103 政府办公厅（室）及相关机构事务", d.Message);
    }

    [Fact]
    public void Functional_lei_project_total()
    {
        var r = ValidateChanged("$.expenditure.functional[0].project", N(12_630_100m));
        Figures(Error(r, ValidationRules.Sum, "$.expenditure.functional[0].project"), "12,630,000.00 元", "12,630,100.00 元", "100.00 元");
    }

    [Fact]
    public void Functional_leaf_subtotal_is_basic_plus_project()
    {
        var r = ValidateChanged("$.expenditure.functional[0].children[0].children[1].total", N(12_630_001m));
        var d = Error(r, ValidationRules.Sum, "$.expenditure.functional[0].children[0].children[1].total");
        Figures(d, "12,630,000.00 元", "12,630,001.00 元", "1.00 元");
        Assert.Contains("基本支出+项目支出", d.Message);
    }

    [Fact]
    public void Functional_node_last_year()
    {
        var r = ValidateChanged("$.expenditure.functional[1].lastYear", N(617_439.92m));
        Figures(Error(r, ValidationRules.Sum, "$.expenditure.functional[1].lastYear"), "617,429.92 元", "617,439.92 元", "10.00 元");
    }

    [Fact]
    public void Changed_leaf_is_caught_by_every_stated_total_above_it()
    {
        var r = ValidateChanged("$.expenditure.functional[0].children[0].children[0].basic", N(2_399_071.27m));
        Figures(Error(r, ValidationRules.Sum, "$.expenditure.functional[0].children[0].children[0].total"), "2,399,071.27 元", "2,399,070.27 元", "1.00 元");
        Figures(Error(r, ValidationRules.Sum, "$.expenditure.functional[0].children[0].basic"), "3,881,692.03 元", "3,881,691.03 元", "1.00 元");
        Figures(Error(r, ValidationRules.Sum, "$.expenditure.functional[0].basic"), "3,881,692.03 元", "3,881,691.03 元", "1.00 元");
    }

    [Fact]
    public void Economic_node_amount()
    {
        var r = ValidateChanged("$.economic.basicGovernment[0].amount", N(2_471_286.40m));
        Figures(Error(r, ValidationRules.Sum, "$.economic.basicGovernment[0].amount"), "2,471,286.41 元", "2,471,286.40 元", "0.01 元");
    }

    [Fact]
    public void Three_public_vehicle_subtotal_and_total()
    {
        var r = Validate(TestData.Mutate(("$.threePublic.thisYear.vehicleTotal", N(41_000m)), ("$.threePublic.lastYear.total", N(92_000m))));
        Figures(Error(r, ValidationRules.Sum, "$.threePublic.thisYear.vehicleTotal"), "40,000.00 元", "41,000.00 元", "1,000.00 元");
        Figures(Error(r, ValidationRules.Sum, "$.threePublic.lastYear.total"), "92,500.00 元", "92,000.00 元", "500.00 元");
    }

    [Fact]
    public void Procurement_total_is_goods_plus_works_plus_services()
    {
        var r = ValidateChanged("$.procurement[0].total", N(1_300_000m));
        var d = Error(r, ValidationRules.Sum, "$.procurement[0].total");
        Figures(d, "1,200,000.00 元", "1,300,000.00 元", "100,000.00 元");
        Assert.Contains("货物类+工程类+服务类", d.Message);
    }

    [Fact]
    public void Vehicle_total()
    {
        var r = ValidateChanged("$.assets.vehicles.total", N(2));
        Figures(Error(r, ValidationRules.Sum, "$.assets.vehicles.total"), "1 辆", "2 辆", "1 辆");
    }

    [Fact]
    public void Establishment_categories_add_up_to_the_total()
    {
        var r = ValidateChanged("$.profile.composition.establishment.categories[0].count", N(9));
        Figures(Error(r, ValidationRules.Sum, "$.profile.composition.establishment.total"), "10 人", "11 人", "1 人");
    }
}
