using ReportGen.Cli.Commands;
using ReportGen.Core.Rendering;
using ReportGen.Html;

namespace ReportGen.Cli.Tests;

/// <summary><c>reportgen build --format html [--html-fragment]</c>: the web page, and the CMS fragment beside it.</summary>
public sealed class BuildHtmlTests : IDisposable
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "templates");

    private readonly string _dir = Directory.CreateTempSubdirectory("rg-build-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out");

    private int Run(params string[] args) =>
        new BuildCommand([new TextRenderer(), new HtmlRenderer(), new HtmlFragmentRenderer()], new StringWriter(), new StringWriter()).Run(args);

    [Fact]
    public void Html_fragment_writes_the_fragment_beside_the_page()
    {
        Assert.Equal(0, Run(Reference, "--out", Out, "--format", "html", "--html-fragment", "--templates", Templates));
        Assert.Equal(["yubei-zwfw-2024.fragment.html", "yubei-zwfw-2024.html"],
            Directory.GetFiles(Out, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", File.ReadAllText(Path.Combine(Out, "yubei-zwfw-2024.html")), StringComparison.Ordinal);
        var fragment = File.ReadAllText(Path.Combine(Out, "yubei-zwfw-2024.fragment.html"));
        Assert.StartsWith("<div lang=\"zh-CN\">", fragment, StringComparison.Ordinal);
        Assert.Contains("<h1 style=\"text-align:center\"><span>重庆市渝北区政务服务管理办公室</span>", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_fragment_adds_to_whatever_formats_are_asked_for()
    {
        Assert.Equal(0, Run(Reference, "--out", Out, "--format", "txt", "--html-fragment", "--templates", Templates));
        Assert.Equal(["yubei-zwfw-2024.fragment.html", "yubei-zwfw-2024.txt"],
            Directory.GetFiles(Out, "yubei-*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
