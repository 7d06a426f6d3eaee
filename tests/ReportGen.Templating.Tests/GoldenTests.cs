using System.Text.Json.Nodes;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

/// <summary>
/// Golden files, found by convention: every <c>Golden/&lt;case&gt;.json</c> (and the reference department
/// <c>data/yubei-zwfw-2024.json</c>) rendered through the default templates must equal
/// <c>Golden/&lt;case&gt;.expected.txt</c>. When the expected file is missing, differs, or
/// REPORTGEN_UPDATE_GOLDEN=1 is set, the output is written to <c>&lt;case&gt;.actual.txt</c> and the test
/// fails: review the actual file and rename it to accept it.
/// </summary>
public sealed class GoldenTests
{
    private static string Folder => Path.Combine(Repo.Root, "tests", "ReportGen.Templating.Tests", "Golden");

    private static IEnumerable<string> Inputs => Directory.GetFiles(Folder, "*.json").Append(Repo.ReferenceData);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in Inputs.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
        {
            data.Add(name!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_equals_the_reviewed_golden_file(string name)
    {
        var input = Inputs.Single(f => Path.GetFileNameWithoutExtension(f) == name);
        var expectedPath = Path.Combine(Folder, name + ".expected.txt");
        var actualPath = Path.Combine(Folder, name + ".actual.txt");
        var actual = Build.Text(JsonNode.Parse(File.ReadAllText(input))!);
        var update = Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1";
        if (!update && File.Exists(expectedPath) && File.ReadAllText(expectedPath) == actual)
        {
            File.Delete(actualPath);
            return;
        }
        File.WriteAllText(actualPath, actual);
        if (update || !File.Exists(expectedPath))
        {
            Assert.Fail($"wrote {actualPath}: review it and rename it to {Path.GetFileName(expectedPath)}");
        }
        Assert.Fail($"{name}: output differs from the golden file at line {FirstDifference(File.ReadAllText(expectedPath), actual)}; " +
                    $"see {actualPath} (rename it to accept the change)");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"{i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }
        return "?";
    }
}
