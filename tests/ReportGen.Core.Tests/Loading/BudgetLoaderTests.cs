using System.Text.Json.Nodes;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests.Loading;

public sealed class BudgetLoaderTests
{
    [Fact]
    public void Reference_loads_with_every_figure_as_decimal()
    {
        var report = TestData.LoadReference();
        Assert.Equal("重庆市渝北区政务服务管理办公室", report.Department.Name);
        Assert.Equal(2024, report.Department.Year);
        Assert.Equal(AmountUnit.元, report.Department.AmountUnit);
        Assert.Equal(17_625_499.55m, report.TotalExpenditure());
        Assert.Equal(4_995_499.55m, report.TotalBasic());
        Assert.Equal(12_630_000m, report.TotalProject());
        Assert.Equal(18_439_531.54m, report.Income.GeneralBudget!.LastYear);
        Assert.Equal(675_095.74m, report.AgencyOperatingAmount());
        Assert.Equal(92_500m, report.ThreePublic.LastYear.ComputedTotal);
        Assert.Equal(4, report.Projects.Count);
        Assert.All(report.Projects, p => Assert.Equal("2010306", p.FunctionCode));
        Assert.Equal("-一窗综办运行经费", report.Projects[3].Name);
        Assert.Equal(8, report.Profile.Duties.Count);
        Assert.Equal(5, report.Glossary.Count);
        Assert.Equal("陈璟", report.Contact.Person);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var json = TestData.ReferenceJson.Replace("\"contact\": {", "// 联系方式\n  \"contact\": {", StringComparison.Ordinal)
            .Replace("\"phone\": \"023-67376826\" }", "\"phone\": \"023-67376826\", }", StringComparison.Ordinal);
        Assert.NotEqual(TestData.ReferenceJson, json);
        var result = TestData.Load(json);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("023-67376826", result.Report!.Contact.Phone);
    }

    [Fact]
    public void Syntax_error_gives_file_line_column_and_chinese_message()
    {
        // Remove the comma after the contact person's name: line and column of the next member.
        var json = TestData.ReferenceJson.Replace("\"person\": \"陈璟\",", "\"person\": \"陈璟\"", StringComparison.Ordinal);
        var lines = json.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"phone\"", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("\"phone\"", StringComparison.Ordinal) + 1;

        var result = TestData.Load(json, "broken.json");

        var d = Assert.Single(result.Diagnostics);
        Assert.Null(result.Report);
        Assert.Equal(LoadRules.Syntax, d.Rule);
        Assert.Equal(line, d.Line);
        Assert.Equal(column, d.Column);
        Assert.Contains("是否缺少逗号", d.Message);
        Assert.StartsWith($"broken.json:{line}:{column}: 错误: JSON 语法错误", d.ToString());
    }

    [Fact]
    public void Syntax_error_column_counts_characters_not_bytes()
    {
        var result = TestData.Load("{\n  \"a\": \"政务办\" x\n}", "x.json");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(2, d.Line);
        Assert.Equal(14, d.Column); // 2 spaces, "a": and a space (7), "政务办" (5) and a space: 13 characters before x
    }

    [Fact]
    public void Truncated_file_is_a_syntax_error()
    {
        var json = TestData.ReferenceJson[..(TestData.ReferenceJson.Length / 2)];
        var d = Assert.Single(TestData.Load(json).Diagnostics);
        Assert.Equal(LoadRules.Syntax, d.Rule);
        Assert.NotNull(d.Line);
    }

    [Fact]
    public void Unknown_field_is_an_error_naming_it_and_the_intended_name()
    {
        var json = TestData.Rename("$.expenditure.functional[0].children[0].children[1].basic", "basci");

        var result = TestData.Load(json);

        Assert.Null(result.Report);
        var d = Assert.Single(result.Diagnostics, x => x.Rule == LoadRules.UnknownMember);
        Assert.Equal("$.expenditure.functional[0].children[0].children[1].basci", d.Path);
        Assert.Contains("未知字段“basci”", d.Message);
        Assert.Contains("是否应为“basic”", d.Message);
        Assert.NotNull(d.Line);
    }

    [Fact]
    public void Unknown_field_without_near_name_lists_the_allowed_ones()
    {
        var json = TestData.Mutate("$.contact.email", JsonValue.Create("a@b.c"));
        var d = Assert.Single(TestData.Load(json).Diagnostics);
        Assert.Equal("$.contact.email", d.Path);
        Assert.Contains("未知字段“email”", d.Message);
        Assert.Contains("person、phone", d.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var json = TestData.Mutate(
            ("$.department.year", JsonValue.Create("2024")),
            ("$.income.generalBudget.amount", JsonValue.Create("17,625,499.55")),
            ("$.projects[0].fund", JsonValue.Create("general")),
            ("$.threePublic.thisYear.bogus", JsonValue.Create(1)));

        var result = TestData.Load(json);

        Assert.Equal(4, result.Diagnostics.Count);
        Assert.Contains(result.Diagnostics, d => d.Path == "$.department.year" && d.Message.Contains("应为整数", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Path == "$.income.generalBudget.amount" && d.Message.Contains("应为数字，实际为字符串“17,625,499.55”", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Path == "$.projects[0].fund" && d.Message.Contains("generalBudget", StringComparison.Ordinal) && d.Message.Contains("实际为“general”", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Path == "$.threePublic.thisYear.bogus");
    }

    [Fact]
    public void Missing_required_field_is_named()
    {
        var json = TestData.Remove("$.department.units[0].name");
        var d = Assert.Single(TestData.Load(json).Diagnostics);
        Assert.Equal(LoadRules.MissingMember, d.Rule);
        Assert.Equal("$.department.units[0]", d.Path);
        Assert.Contains("缺少必填字段“name”", d.Message);
    }

    [Fact]
    public void Null_for_a_non_nullable_field_is_an_error()
    {
        var json = TestData.Mutate("$.contact.phone", null);
        var d = Assert.Single(TestData.Load(json).Diagnostics);
        Assert.Equal("$.contact.phone", d.Path);
        Assert.Contains("不能为 null", d.Message);
    }

    [Fact]
    public void Duplicate_field_is_an_error()
    {
        var json = TestData.ReferenceJson.Replace("\"person\": \"陈璟\",", "\"person\": \"陈璟\", \"person\": \"张三\",", StringComparison.Ordinal);
        var d = Assert.Single(TestData.Load(json).Diagnostics);
        Assert.Equal(LoadRules.DuplicateMember, d.Rule);
        Assert.Equal("$.contact.person", d.Path);
    }

    [Fact]
    public void Computed_members_are_not_accepted_as_input()
    {
        var json = TestData.Mutate("$.expenditure.lastYear.total", JsonValue.Create(1m));
        var d = Assert.Single(TestData.Load(json).Diagnostics);
        Assert.Contains("未知字段“total”", d.Message);
    }

    [Fact]
    public void Missing_file_is_unreadable()
    {
        var result = BudgetLoader.Load(Path.Combine(AppContext.BaseDirectory, "no-such-file.json"));
        Assert.True(result.IsUnreadable);
        Assert.Contains("文件不存在", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Line_and_column_of_a_path_are_found()
    {
        var json = TestData.ReferenceJson;
        var result = TestData.Load(json);
        var lines = json.Split('\n');
        var expectedLine = Array.FindIndex(lines, l => l.Contains("\"threePublic\"", StringComparison.Ordinal)) + 1;
        var pos = result.Positions!.Find("$.threePublic.lastYear.total");
        Assert.NotNull(pos);
        Assert.True(pos.Value.Line > expectedLine);
        Assert.Contains("\"total\": 92500.00", lines[pos.Value.Line - 1][(pos.Value.Column - 1)..]);
    }
}
