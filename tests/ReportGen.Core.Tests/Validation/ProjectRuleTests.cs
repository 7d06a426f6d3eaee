using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>Projects add up to 项目支出; units exist; indicators are sane.</summary>
public sealed class ProjectRuleTests : RuleTestBase
{
    [Fact]
    public void Projects_of_a_functional_item_add_up_to_its_project_expenditure()
    {
        var r = ValidateChanged("$.projects[2].districtAmount", N(500_001m));
        var found = r.Diagnostics.Where(d => d.Rule == ValidationRules.Projects && d.Path == "$.projects").ToList();
        Assert.Equal(2, found.Count);
        Assert.Contains(found, d => d.Message.Contains("功能科目“2010306 政务公开审批”", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message.Contains("项目明细合计", StringComparison.Ordinal));
        Assert.All(found, d => Figures(d, "12,630,000.00 元", "12,630,001.00 元", "1.00 元"));
    }

    [Fact]
    public void Project_under_an_item_that_does_not_exist()
    {
        var r = ValidateChanged("$.projects[0].functionCode", S("2010399"));
        Assert.Contains("“2010399”（一般公共预算财政拨款）不是支出功能分类中的项级科目", Error(r, ValidationRules.Projects, "$.projects[0].functionCode").Message);
    }

    [Fact]
    public void Project_code_twice()
    {
        var r = ValidateChanged("$.projects[1].code", S("50011221T000000043637"));
        Assert.Contains("首次出现于 $.projects[0]", Error(r, ValidationRules.CodeDuplicate, "$.projects[1].code").Message);
    }

    [Fact]
    public void Project_unit_must_be_a_department_unit()
    {
        var r = ValidateChanged("$.projects[0].unit", S("130002"));
        Assert.Contains("单位编码“130002”不在 department.units 中（已有：130001）", Error(r, ValidationRules.UnitReference, "$.projects[0].unit").Message);
    }

    [Fact]
    public void Procurement_unit_must_be_a_department_unit()
    {
        var r = ValidateChanged("$.procurement[0].unit", S("999"));
        Error(r, ValidationRules.UnitReference, "$.procurement[0].unit");
    }

    [Fact]
    public void Indicator_weights_not_adding_up_to_100_is_a_warning()
    {
        var r = ValidateChanged("$.performance.indicators[6].weight", N(25));
        var d = Warning(r, ValidationRules.IndicatorWeights, "$.performance.indicators");
        Assert.Equal("指标权重之和应为 100，实际为 105，相差 5", d.Message);
        Assert.True(r.IsValid);
    }

    [Fact]
    public void Strict_turns_the_warning_into_an_error()
    {
        var r = ValidateChanged("$.projects[3].indicators[0].weight", N(5), ValidationOptions.Default with { WarningsAsErrors = true });
        Error(r, ValidationRules.IndicatorWeights, "$.projects[3].indicators");
    }

    [Fact]
    public void Indicator_nature_must_be_one_of_the_four()
    {
        var r = ValidateChanged("$.projects[0].indicators[1].nature", S(">="));
        Assert.Contains("实际为“>=”", Error(r, ValidationRules.IndicatorNature, "$.projects[0].indicators[1].nature").Message);
    }
}
