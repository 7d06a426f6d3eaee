using System.Text.Json.Nodes;
using ReportGen.Core.Documents;
using ReportGen.Templating.Hosting;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

/// <summary>
/// The limits that stop a runaway template never cut or refuse a legitimate document, however large:
/// they scale with the department's data, and reaching one is an error, never a shorter document.
/// The sandbox has no clock, no chance and no way to run data as a template.
/// </summary>
public sealed class TemplateLimitTests
{
    [Fact]
    public void A_department_with_1100_projects_gets_every_project_form_and_nothing_cut()
    {
        var json = Build.ReferenceJson();
        var projects = json["projects"]!.AsArray();
        for (var i = 0; i < 1_100; i++)
        {
            projects.Add(Mutate.CloneProject(json, i, 1000m + i));
        }

        var text = Build.Text(json);

        for (var i = 0; i < 1_100; i++)
        {
            Assert.Contains($"测试项目{i}", text, StringComparison.Ordinal);
        }
        Assert.Contains("部门预算公开联系人：陈璟", text, StringComparison.Ordinal);
        Assert.Equal(Build.Text(Build.ReferenceJson()).Split('\n')[^2], text.Split('\n')[^2]);
        Assert.DoesNotContain("...", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_value_of_two_megabytes_is_printed_whole()
    {
        var json = Build.ReferenceJson();
        var duty = string.Concat(Enumerable.Repeat("负责全区政务服务体系建设。", 160_000)) + "末尾标记";
        json["profile"]!["duties"]!.AsArray()[0] = duty;

        var text = Build.Text(json);

        Assert.Contains(duty, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_department_with_800_functional_items_renders_every_row()
    {
        var json = Build.ReferenceJson();
        var functional = json["expenditure"]!["functional"]!.AsArray();
        var first = functional[0]!.AsObject();
        var leaf = first["children"]![0]!["children"]![0]!.AsObject();
        for (var k = 0; k < 8; k++)
        {
            var group = first["children"]![0]!.DeepClone().AsObject();
            var code = "201" + (50 + k).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            group["code"] = code;
            group["name"] = $"测试款{k}";
            var children = new JsonArray();
            for (var i = 1; i <= 99; i++)
            {
                var item = leaf.DeepClone().AsObject();
                item["code"] = code + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
                item["name"] = $"测试项{k}-{i}";
                children.Add(item);
            }
            group["children"] = children;
            first["children"]!.AsArray().Add(group);
        }

        var tables = Build.Tables(json, "表五");

        var rows = TableGrid.Expand(tables.Single(), tables.Single().BodyRows);
        Assert.Contains(rows, r => r[1].Contains("测试项7-99", StringComparison.Ordinal));
        Assert.True(rows.Count() > 800, $"{rows.Count()} rows");
    }

    [Fact]
    public void The_limits_grow_with_the_data()
    {
        var small = TemplateLimits.Default.ScaledTo(Build.Load(Build.ReferenceJson()));
        var json = Build.ReferenceJson();
        for (var i = 0; i < 500; i++)
        {
            json["projects"]!.AsArray().Add(Mutate.CloneProject(json, i, 1m));
        }
        var large = TemplateLimits.Default.ScaledTo(Build.Load(json));

        Assert.True(small.LoopLimit > TemplateLimits.Default.LoopLimit);
        Assert.True(large.LoopLimit > small.LoopLimit + 500 * 200, $"{large.LoopLimit} vs {small.LoopLimit}");
        Assert.True(large.OutputLimit > small.OutputLimit + 500 * 100 * 500, $"{large.OutputLimit} vs {small.OutputLimit}");
    }

    [Theory]
    [InlineData("{{ while true }}x{{ end }}", "循环次数超过上限")]
    [InlineData("{{ for i in 1..100000000 }}{{ end }}", "循环次数超过上限")]
    public void A_runaway_loop_is_an_error_naming_the_template_line(string body, string message)
    {
        var result = Render(body);

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("templates/document.sbn", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("上限已按本部门的数据量放大", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_output_is_an_error_not_a_cut_document()
    {
        var renderer = new TemplateRenderer(Set("{{ for i in 1..5000 }}{{ \"x\" | string.pad_right 10000 }}{{ end }}"),
            TemplateLimits.Default with { OutputLimit = 1_000_000, ScaleWithData = false });

        var result = renderer.Render(Build.Load(Build.ReferenceJson()));

        Assert.Null(result.Document);
        Assert.StartsWith("生成的文本超过上限 ", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date.now", "当前时间每次运行都不同")]
    [InlineData("date.utc_now", "当前时间每次运行都不同")]
    [InlineData("date.parse \"1 Jan\"", "以当前年份补全")]
    [InlineData("math.random 1 10", "随机数每次运行都不同")]
    [InlineData("math.uuid", "随机编号")]
    [InlineData("object.eval \"1+1\"", "不能把文本当作模板执行")]
    [InlineData("object.eval_template \"{{ 1 }}\"", "不能把文本当作模板执行")]
    [InlineData("include_join [\"a\"] \",\"", "只能用 include")]
    public void Nondeterministic_and_eval_builtins_are_refused_by_name(string call, string why)
    {
        var result = Render("{{ " + call + " }}");

        Assert.Null(result.Document);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.Message.StartsWith("模板不能使用 " + call.Split(' ')[0] + "：", StringComparison.Ordinal), error.Message);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deterministic_builtins_still_work()
    {
        var result = Render("{{ \"abc\" | string.upcase }} {{ math.round 2.4 }}");

        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        Assert.Contains("ABC 2", PlainTextWriter.Write(result.Document!), StringComparison.Ordinal);
    }

    private static TemplateResult Render(string body) => new TemplateRenderer(Set(body)).Render(Build.Load(Build.ReferenceJson()));

    private static TemplateSet Set(string body) => TemplateSet.FromSources("templates", "templates", [("document.sbn", body)]);
}
