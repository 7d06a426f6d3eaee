using System.Text.RegularExpressions;
using ReportGen.Core.Model;
using ReportGen.Templating.Functions;
using ReportGen.Templating.Hosting;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

/// <summary>
/// Runs every example of the function tables in docs/templates.md and docs/templates.zh-CN.md and compares
/// the documented result; and applies every recipe of the Chinese guide's cookbook to a copy of the default
/// templates and finds its documented result in the document it makes.
/// </summary>
public sealed partial class DocumentationExamplesTests
{
    private static readonly FunctionalItem[] Tree =
    [
        new()
        {
            Code = "201", Name = "一般公共服务支出",
            Children = [new() { Code = "20103", Name = "政府办公厅（室）及相关机构事务", Children = [new() { Code = "2010301", Name = "行政运行" }] }],
        },
    ];

    /// <summary>The default helpers.sbn: the examples may call the phrase functions it defines.</summary>
    private static string Helpers => File.ReadAllText(Path.Combine(Repo.Templates, "helpers.sbn"));

    private static readonly string[] Guides = ["templates.md", "templates.zh-CN.md"];

    public sealed record Example(string Function, string Template, string Expected, string Units)
    {
        public string Guide { get; init; } = "";

        public override string ToString() => Guide + ": " + Template + " → " + Expected + " (" + Units + ")";
    }

    public static TheoryData<Example> Examples()
    {
        var data = new TheoryData<Example>();
        foreach (var guide in Guides)
        {
            foreach (var example in Parse(File.ReadAllLines(Repo.Docs(guide))))
            {
                data.Add(example with { Guide = guide });
            }
        }
        return data;
    }

    /// <summary>The rows "| function | `{{ … }}` | `result` | unit |" of the function table.</summary>
    internal static List<Example> Parse(IEnumerable<string> lines)
    {
        var examples = new List<Example>();
        var function = "";
        foreach (var line in lines)
        {
            var cells = CellSplit().Split(line.Trim().Trim('|')).Select(c => c.Trim().Replace("\\|", "|")).ToArray();
            if (cells.Length != 4 || !cells[1].StartsWith("`{{", StringComparison.Ordinal))
            {
                continue;
            }
            var name = FunctionName().Match(cells[0]);
            function = name.Success ? name.Groups[1].Value : function;
            var expected = cells[2] is "(empty)" or "（空）" ? "" : cells[2].Trim('`');
            examples.Add(new Example(function, cells[1].Trim('`'), expected, cells[3]));
        }
        return examples;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Documented_example_gives_the_documented_result(Example example)
    {
        var settings = example.Units switch
        {
            "元" => FormatSettings.Default,
            "万元" => new FormatSettings(AmountUnit.万元, AmountUnit.万元, 2024),
            "元→万元" => new FormatSettings(AmountUnit.元, AmountUnit.万元, 2024),
            _ => throw new InvalidDataException("unknown unit column: " + example.Units),
        };
        Assert.Equal(example.Expected, SnippetRenderer.Render(example.Template, settings, Tree, Helpers));
    }

    [Theory]
    [InlineData("templates.md")]
    [InlineData("templates.zh-CN.md")]
    public void Every_function_has_an_example(string guide)
    {
        var documented = Parse(File.ReadAllLines(Repo.Docs(guide))).Select(e => e.Function).ToHashSet();
        var helperFunctions = HelperFunction().Matches(Helpers).Select(m => m.Groups[1].Value);
        var missing = FunctionLibrary.Names.Concat(helperFunctions).Where(n => !documented.Contains(n)).ToList();
        Assert.True(missing.Count == 0, $"functions without an example in docs/{guide}: " + string.Join(", ", missing));
        Assert.True(documented.Count >= 15, "too few examples found: the table format may have changed");
    }

    [GeneratedRegex(@"^func ([a-z_]+)", RegexOptions.Multiline)]
    private static partial Regex HelperFunction();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();

    [GeneratedRegex(@"^`([a-z_]+)`")]
    private static partial Regex FunctionName();
}
