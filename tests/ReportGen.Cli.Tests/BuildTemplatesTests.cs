using System.Text.Json.Nodes;
using ReportGen.Cli.Commands;
using ReportGen.Core.Rendering;

namespace ReportGen.Cli.Tests;

/// <summary><c>reportgen build --format txt</c>: the document from data and templates, and what stops it.</summary>
public sealed class BuildTemplatesTests : IDisposable
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "templates");

    private readonly string _dir = Directory.CreateTempSubdirectory("rg-build-templates-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = new BuildCommand([new TextRenderer()], output, error).Run(args);
        return (code, output.ToString(), error.ToString());
    }

    private string Out => Path.Combine(_dir, "out");

    [Fact]
    public void Builds_the_reference_department_as_text()
    {
        var (code, stdout, _) = Run(Reference, "--out", Out, "--format", "txt", "--templates", Templates);
        Assert.True(code == 0, stdout);
        var text = File.ReadAllText(Path.Combine(Out, "yubei-zwfw-2024.txt"));
        Assert.StartsWith("重庆市渝北区政务服务管理办公室\n2024年部门预算情况说明\n", text, StringComparison.Ordinal);
        Assert.Contains("（一）收入预算：2024年年初预算总收入17,625,499.55元，其中：一般公共预算财政拨款收入17,625,499.55元占100%。", text, StringComparison.Ordinal);
        Assert.Contains("2010301\t行政运行\t2,639,803.45\t2,399,070.27\t2,399,070.27\t\t-9%\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(Out, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_data_is_reported_and_gets_no_document()
    {
        var json = JsonNode.Parse(File.ReadAllText(Reference))!;
        json["income"]!["generalBudget"]!["amount"] = 17625000m;
        var input = Path.Combine(_dir, "broken.json");
        File.WriteAllText(input, json.ToJsonString());
        var (code, stdout, _) = Run(input, "--out", Out, "--format", "txt", "--templates", Templates);
        Assert.Equal(1, code);
        Assert.Contains("broken.json", stdout, StringComparison.Ordinal);
        Assert.Contains("17,625,000", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, "broken.txt")));
    }

    [Fact]
    public void A_template_error_stops_the_run_before_any_document()
    {
        var templates = Path.Combine(_dir, "templates");
        CopyDirectory(Templates, templates);
        var file = Path.Combine(templates, "sections", "02-overview.sbn");
        var lines = File.ReadAllLines(file).ToList();
        var at = lines.FindIndex(l => l.Contains("money income.total", StringComparison.Ordinal));
        lines[at] = lines[at].Replace("money income.total", "money income.totl", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var (code, stdout, _) = Run(Reference, "--out", Out, "--format", "txt", "--templates", templates);
        Assert.Equal(1, code);
        Assert.Contains($"{templates}/sections/02-overview.sbn:{at + 1}:", stdout, StringComparison.Ordinal);
        Assert.Contains("对象没有成员“totl”", stdout, StringComparison.Ordinal);
        Assert.Contains(lines[at].Trim(), stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Out, "yubei-zwfw-2024.txt")));
    }

    [Fact]
    public void A_syntax_error_in_any_template_stops_the_run()
    {
        var templates = Path.Combine(_dir, "templates");
        CopyDirectory(Templates, templates);
        File.WriteAllText(Path.Combine(templates, "parts", "unused.sbn"), "甲\n{{ for x in y }}\n");
        var (code, stdout, _) = Run(Reference, "--out", Out, "--format", "txt", "--templates", templates);
        Assert.Equal(1, code);
        Assert.Contains($"{templates}/parts/unused.sbn:2:", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out) && Directory.EnumerateFiles(Out, "*.txt").Any());
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_naming_the_available_ones()
    {
        var e = Assert.Throws<UsageException>(() => Run(Reference, "--out", Out, "--format", "txt,odt", "--templates", Templates));
        Assert.Contains("odt", e.Message, StringComparison.Ordinal);
        Assert.Contains("可用：txt", e.Message, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
