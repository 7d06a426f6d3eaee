using System.Text.Json.Nodes;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>A department unlike the reference: 万元, two units, a 政府性基金 item, a new item, sparse optional fields.</summary>
public sealed class SecondDepartmentTests : RuleTestBase
{
    private static readonly string PathToFile = TestData.TestFile("synthetic-wanyuan.json");

    [Fact]
    public void Validates_clean()
    {
        var result = FileValidator.ValidateFile(PathToFile);
        Assert.True(result.Diagnostics.Count == 0, TestData.Join(result.Diagnostics));
    }

    [Fact]
    public void Derived_figures_cover_both_funds()
    {
        var report = TestData.Report(File.ReadAllText(PathToFile));
        Assert.Equal(AmountUnit.万元, report.Department.AmountUnit);
        Assert.Equal(360.50m, report.TotalExpenditure());
        Assert.Equal(360.50m, report.Income.Total);
        Assert.Equal(50m, report.FunctionalOf(FundSource.GovernmentFund).Sum(i => i.SumProject()));
        Assert.Null(report.Expenditure.Functional.Leaves().Single(l => l.Code == "2120899").LastYear);
    }

    [Fact]
    public void Messages_use_wan_yuan_and_the_threshold_is_converted()
    {
        var json = JsonNode.Parse(File.ReadAllText(PathToFile), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        json["expenditure"]!["functional"]![0]!["children"]![0]!["children"]![2]!["reason"] = null;
        json["income"]!["governmentFund"]!["amount"] = 50.03m;
        var r = Validate(json.ToJsonString());
        Figures(Error(r, ValidationRules.IncomeExpenditure, "$.income.governmentFund.amount"), "50.00 万元", "50.03 万元", "0.03 万元");
        // 事业运行 55.00 → 60.50 万元: +10%, 5.5 万元 ≥ 1 万元.
        var d = Warning(r, ValidationRules.ChangeReason, "$.expenditure.functional[0].children[0].children[2].reason");
        Assert.Contains("增加 5.50 万元（增长10%）", d.Message);
        Assert.Contains("10% 且 1.00 万元", d.Message);
    }

    [Fact]
    public void In_wan_yuan_a_total_that_misses_its_parts_by_rounding_is_a_warning_and_beyond_it_an_error()
    {
        var json = JsonNode.Parse(File.ReadAllText(PathToFile), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        json["income"]!["governmentFund"]!["amount"] = 50.01m;
        var r = Validate(json.ToJsonString());
        Assert.True(r.IsValid, TestData.Join(r.Diagnostics));
        var d = Warning(r, ValidationRules.IncomeExpenditure, "$.income.governmentFund.amount");
        Figures(d, "50.00 万元", "50.01 万元", "0.01 万元");
        Assert.Contains("舍入误差（0.02 万元）以内", d.Message);

        var strict = Validate(json.ToJsonString(), ValidationOptions.Default with { WanRoundingTolerance = 0m });
        Error(strict, ValidationRules.IncomeExpenditure, "$.income.governmentFund.amount");
    }

    [Fact]
    public void Data_in_yuan_has_no_rounding_tolerance()
    {
        var r = ValidateChanged("$.income.generalBudget.amount", N(17_625_499.56m));
        Figures(Error(r, ValidationRules.IncomeExpenditure, "$.income.generalBudget.amount"), "17,625,499.55 元", "17,625,499.56 元", "0.01 元");
    }
}
