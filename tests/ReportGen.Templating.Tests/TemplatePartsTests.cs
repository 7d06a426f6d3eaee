using System.Text.Json.Nodes;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

/// <summary>Template parts with arguments, paired rows of the two-column tables, classification rows in code order.</summary>
public sealed class TemplatePartsTests
{
    private static void ReverseEveryLevel(JsonArray items)
    {
        var copy = items.Select(i => i!.DeepClone()).Reverse().ToList();
        items.Clear();
        foreach (var item in copy)
        {
            if (item!["children"] is JsonArray children)
            {
                ReverseEveryLevel(children);
            }
            items.Add(item);
        }
    }

    [Fact]
    public void Classification_rows_are_in_code_order_whatever_the_order_of_the_data()
    {
        var json = Build.ReferenceJson();
        var expected = Build.Text(json);
        ReverseEveryLevel(json["expenditure"]!["functional"]!.AsArray());
        foreach (var tree in new[] { "basicDepartment", "basicGovernment", "projectDepartment", "projectGovernment" })
        {
            ReverseEveryLevel(json["economic"]![tree]!.AsArray());
        }
        Assert.Equal(expected, Build.Text(json));
    }

    private static (string Text, string Errors) RenderSet(params (string Name, string Text)[] files)
    {
        var set = ReportGen.Templating.Hosting.TemplateSet.FromSources("t", "templates", files);
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        var result = new TemplateRenderer(set).Render(Build.Load(Build.ReferenceJson()));
        return (result.Document is null ? "" : ReportGen.Core.Documents.PlainTextWriter.Write(result.Document), string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void An_included_part_gets_named_values_in_a_scope_of_its_own()
    {
        var (text, errors) = RenderSet(
            ("document.sbn", "{{~ x = \"外\" ~}}\n{{ include \"part.sbn\" {label: \"收入\", amount: income.total} }}\n{{ include \"part.sbn\" {label: \"支出\", amount: spending.total} }}\n{{ x }}\n"),
            ("part.sbn", "{{~ inner = label + \"：\" ~}}\n{{ inner }}{{ money amount }}（{{ x }}）\n"));
        Assert.Equal("", errors);
        Assert.Equal("收入：17,625,499.55元（外）\n\n支出：17,625,499.55元（外）\n\n外\n\n", text);
    }

    [Fact]
    public void A_part_s_values_are_gone_after_it()
    {
        var (_, errors) = RenderSet(
            ("document.sbn", "{{ include \"part.sbn\" {label: \"收入\"} }}\n{{ label }}\n"),
            ("part.sbn", "{{ label }}\n"));
        Assert.Contains("templates/document.sbn:2:4: 错误: 变量或函数“label”未定义", errors, StringComparison.Ordinal);
    }
}
