using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests;

/// <summary>The reference dataset and helpers to make minimal broken copies of it.</summary>
internal static class TestData
{
    public const string ReferenceFile = "yubei-zwfw-2024.json";

    public static string ReferencePath => Path.Combine(AppContext.BaseDirectory, "data", ReferenceFile);

    public static string ReferenceJson => File.ReadAllText(ReferencePath);

    public static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestFiles", name);

    public static JsonNode ReferenceNode() => JsonNode.Parse(ReferenceJson)!;

    public static BudgetReport LoadReference()
    {
        var result = BudgetLoader.Load(ReferencePath);
        Assert.Empty(result.Diagnostics);
        return result.Report!;
    }

    /// <summary>A copy of the reference with the value at <paramref name="path"/> (e.g. $.a.b[0].c) replaced.</summary>
    public static string Mutate(string path, JsonNode? value) => Mutate((path, value));

    public static string Mutate(params (string Path, JsonNode? Value)[] changes) => MutateNode(ReferenceNode(), changes);

    /// <summary>A copy of <paramref name="json"/> (another department) with the value at <paramref name="path"/> replaced.</summary>
    public static string Mutate(string json, string path, JsonNode? value) => MutateNode(JsonNode.Parse(json)!, [(path, value)]);

    private static string MutateNode(JsonNode root, (string Path, JsonNode? Value)[] changes)
    {
        foreach (var (path, value) in changes)
        {
            var (parent, key) = Resolve(root, path);
            if (key is int index)
            {
                parent.AsArray()[index] = value;
            }
            else
            {
                parent.AsObject()[(string)key] = value;
            }
        }
        return root.ToJsonString();
    }

    /// <summary>A copy of the reference with the member at <paramref name="path"/> removed.</summary>
    public static string Remove(string path)
    {
        var root = ReferenceNode();
        var (parent, key) = Resolve(root, path);
        if (key is int index)
        {
            parent.AsArray().RemoveAt(index);
        }
        else
        {
            parent.AsObject().Remove((string)key);
        }
        return root.ToJsonString();
    }

    /// <summary>A copy of the reference with the member at <paramref name="path"/> renamed (its value kept).</summary>
    public static string Rename(string path, string newName)
    {
        var root = ReferenceNode();
        var (parent, key) = Resolve(root, path);
        var obj = parent.AsObject();
        var value = obj[(string)key];
        obj.Remove((string)key);
        obj[newName] = value;
        return root.ToJsonString();
    }

    public static LoadResult Load(string json, string fileName = "test.json") => BudgetLoader.Parse(json, fileName);

    public static BudgetReport Report(string json)
    {
        var result = Load(json);
        Assert.True(result.Report is not null, string.Join("\n", result.Diagnostics));
        return result.Report!;
    }

    public static string Join(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics);

    private static (JsonNode Parent, object Key) Resolve(JsonNode root, string path)
    {
        var parts = Split(path);
        var node = root;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            node = parts[i] is int n ? node[n]! : node[(string)parts[i]]!;
        }
        return (node, parts[^1]);
    }

    private static List<object> Split(string path)
    {
        var parts = new List<object>();
        foreach (var segment in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[');
            parts.Add(bracket < 0 ? segment : segment[..bracket]);
            while (bracket >= 0)
            {
                var close = segment.IndexOf(']', bracket);
                parts.Add(int.Parse(segment[(bracket + 1)..close], CultureInfo.InvariantCulture));
                bracket = segment.IndexOf('[', close);
            }
        }
        return parts;
    }
}
