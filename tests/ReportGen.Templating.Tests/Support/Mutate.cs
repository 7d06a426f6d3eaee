using System.Text.Json.Nodes;

namespace ReportGen.Templating.Tests.Support;

/// <summary>Small edits of the reference JSON for the variation tests.</summary>
internal static class Mutate
{
    /// <summary>The 功能分类 item with the given code, anywhere in the tree.</summary>
    public static JsonObject Item(JsonObject report, string code) =>
        Walk(report["expenditure"]!["functional"]!.AsArray()).Single(i => (string?)i["code"] == code);

    private static IEnumerable<JsonObject> Walk(JsonArray items)
    {
        foreach (var item in items.Cast<JsonObject>())
        {
            yield return item;
            if (item["children"] is JsonArray children)
            {
                foreach (var inner in Walk(children))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A copy of the first project under a new code, name and amount.</summary>
    public static JsonObject CloneProject(JsonObject report, int index, decimal amount)
    {
        var copy = report["projects"]![0]!.DeepClone().AsObject();
        copy["code"] = $"50011224T{index:D12}";
        copy["name"] = $"测试项目{index}";
        copy["districtAmount"] = amount;
        copy["townAmount"] = 0;
        return copy;
    }
}
