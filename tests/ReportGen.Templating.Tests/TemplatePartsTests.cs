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
}
