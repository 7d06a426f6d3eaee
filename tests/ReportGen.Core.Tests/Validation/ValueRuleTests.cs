using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>Values on their own: signs, decimals, years, texts, units.</summary>
public sealed class ValueRuleTests : RuleTestBase
{
    [Fact]
    public void Negative_amount()
    {
        var r = ValidateChanged("$.income.generalBudget.lastYear", N(-1m));
        Assert.Contains("金额不能为负数，实际为 -1.00 元", Error(r, ValidationRules.Negative, "$.income.generalBudget.lastYear").Message);
    }

    [Fact]
    public void Negative_count()
    {
        var r = ValidateChanged("$.assets.largeEquipment", N(-1));
        Assert.Contains("数量不能为负数，实际为 -1", Error(r, ValidationRules.Negative, "$.assets.largeEquipment").Message);
    }

    [Fact]
    public void More_than_two_decimals()
    {
        var r = ValidateChanged("$.economic.basicDepartment[0].children[0].amount", N(896_700.001m));
        Assert.Contains("最多保留两位小数，实际为 896700.001", Error(r, ValidationRules.Precision, "$.economic.basicDepartment[0].children[0].amount").Message);
        // The sums it breaks show the figure in full, not a misleading 相差 0.00.
        Assert.Contains("相差 0.001 元", Error(r, ValidationRules.Sum, "$.economic.basicDepartment[0].amount").Message);
    }

    [Fact]
    public void Year_out_of_range()
    {
        var r = ValidateChanged("$.department.year", N(1999));
        Assert.Contains("实际为 1999", Error(r, ValidationRules.Year, "$.department.year").Message);
    }

    [Fact]
    public void Empty_required_text()
    {
        var r = ValidateChanged("$.contact.person", S(" "));
        Assert.Contains("“person”不能为空", Error(r, ValidationRules.EmptyText, "$.contact.person").Message);
    }

    [Fact]
    public void Data_in_wan_yuan_cannot_be_shown_in_yuan()
    {
        var r = Validate(TestData.Mutate(("$.department.amountUnit", S("万元")), ("$.department.displayUnit", S("元"))));
        Error(r, ValidationRules.DisplayUnit, "$.department.displayUnit");
    }

    [Fact]
    public void Duplicate_unit_code()
    {
        var r = ValidateChanged("$.department.units", System.Text.Json.Nodes.JsonNode.Parse("""[{ "code": "130001", "name": "本级" }, { "code": "130001", "name": "重复" }]"""));
        Error(r, ValidationRules.CodeDuplicate, "$.department.units[1].code");
    }
}
