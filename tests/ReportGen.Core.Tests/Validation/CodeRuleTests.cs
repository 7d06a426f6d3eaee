using System.Text.Json.Nodes;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>Codes: 3/5/7 digits (功能分类), 3/5 (经济分类), nested, unique, consistent with their names.</summary>
public sealed class CodeRuleTests : RuleTestBase
{
    [Fact]
    public void Functional_code_of_wrong_length()
    {
        var r = ValidateChanged("$.expenditure.functional[0].children[0].code", S("2013"));
        var d = Error(r, ValidationRules.CodeFormat, "$.expenditure.functional[0].children[0].code");
        Assert.Contains("款级科目编码应为 5 位数字，实际为“2013”", d.Message);
    }

    [Fact]
    public void Economic_code_not_digits()
    {
        var r = ValidateChanged("$.economic.basicDepartment[2].code", S("30A"));
        Assert.Contains("类级科目编码应为 3 位数字，实际为“30A”", Error(r, ValidationRules.CodeFormat, "$.economic.basicDepartment[2].code").Message);
    }

    [Fact]
    public void Child_code_must_extend_the_parent_code()
    {
        var r = ValidateChanged("$.expenditure.functional[0].children[0].children[2].code", S("2010450"));
        var d = Error(r, ValidationRules.CodeNesting, "$.expenditure.functional[0].children[0].children[2].code");
        Assert.Contains("“2010450”应以上级科目编码“20103”开头", d.Message);
    }

    [Fact]
    public void Functional_tree_must_reach_the_xiang_level()
    {
        var r = ValidateChanged("$.expenditure.functional[3].children[0].children", new JsonArray());
        Assert.Contains("应细化到项级（7 位编码）：“22102”没有下级科目", Error(r, ValidationRules.CodeNesting, "$.expenditure.functional[3].children[0]").Message);
    }

    [Fact]
    public void Functional_tree_has_at_most_three_levels()
    {
        var child = JsonNode.Parse("""[{ "code": "221020101", "name": "多余", "basic": 0 }]""");
        var r = ValidateChanged("$.expenditure.functional[3].children[0].children[0].children", child);
        Assert.Contains("最多3级", Error(r, ValidationRules.CodeNesting, "$.expenditure.functional[3].children[0].children[0].children[0]").Message);
    }

    [Fact]
    public void Functional_code_twice_with_the_same_fund()
    {
        var r = ValidateChanged("$.expenditure.functional[0].children[0].children[2].code", S("2010301"));
        var d = Error(r, ValidationRules.CodeDuplicate, "$.expenditure.functional[0].children[0].children[2].code");
        Assert.Contains("“2010301（一般公共预算财政拨款）”重复出现（首次出现于 $.expenditure.functional[0].children[0].children[0]）", d.Message);
    }

    [Fact]
    public void Same_functional_code_with_another_fund_is_not_a_duplicate()
    {
        var r = Validate(TestData.Mutate(
            ("$.expenditure.functional[0].children[0].children[2].code", S("2010301")),
            ("$.expenditure.functional[0].children[0].children[2].name", S("行政运行")),
            ("$.expenditure.functional[0].children[0].children[2].fund", S("governmentFund"))));
        Assert.DoesNotContain(r.Diagnostics, d => d.Rule == ValidationRules.CodeDuplicate);
    }

    [Fact]
    public void Economic_code_twice()
    {
        var r = ValidateChanged("$.economic.basicDepartment[1].children[1].code", S("30201"));
        Error(r, ValidationRules.CodeDuplicate, "$.economic.basicDepartment[1].children[1].code");
    }

    [Fact]
    public void Code_changed_but_name_kept_is_caught_by_the_catalogue()
    {
        var r = ValidateChanged("$.economic.basicDepartment[0].children[0].code", S("30104"));
        Assert.Contains("科目“基本工资”的编码应为 30101，实际为“30104”", Error(r, ValidationRules.CodeName, "$.economic.basicDepartment[0].children[0].code").Message);
    }

    [Fact]
    public void Xiang_with_a_fixed_suffix_name_must_keep_it()
    {
        var r = ValidateChanged("$.expenditure.functional[0].children[0].children[0].code", S("2010302"));
        Assert.Contains("“行政运行”的编码应以 01 结尾", Error(r, ValidationRules.CodeName, "$.expenditure.functional[0].children[0].children[0].code").Message);
    }

    [Fact]
    public void Fund_on_a_node_is_misplaced()
    {
        var r = ValidateChanged("$.expenditure.functional[0].fund", S("generalBudget"));
        Error(r, ValidationRules.Misplaced, "$.expenditure.functional[0].fund");
    }

    [Fact]
    public void Kind_outside_basic_department_tree_is_misplaced()
    {
        var r = ValidateChanged("$.economic.basicGovernment[0].kind", S("personnel"));
        Error(r, ValidationRules.Misplaced, "$.economic.basicGovernment[0].kind");
    }
}
