namespace ReportGen.Cli.Tests.Batch;

/// <summary><c>--fonts DIR</c>: extra font folders for the PDF typesetter.</summary>
public sealed class FontsOptionTests : IDisposable
{
    private readonly BatchWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_missing_fonts_folder_is_a_usage_error()
    {
        _ws.AddReference();
        var missing = Path.Combine(_ws.Root, "no-such-fonts");
        var e = Assert.Throws<UsageException>(() => _ws.Build("--format", "txt", "--fonts", missing));
        Assert.Equal($"字体文件夹不存在：{missing}", e.Message);
    }

    [Fact]
    public void A_fonts_folder_is_used_and_changing_it_rebuilds_the_departments()
    {
        _ws.AddReference();
        var fonts = Path.Combine(_ws.Root, "fonts");
        Directory.CreateDirectory(fonts);

        var (first, out1, _) = _ws.Build("--format", "pdf");
        var (again, out2, _) = _ws.Build("--format", "pdf");
        var (withFonts, out3, _) = _ws.Build("--format", "pdf", "--fonts", fonts);

        Assert.Equal(0, first);
        Assert.Contains("生成 1 个", out1, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Contains("跳过 1 个", out2, StringComparison.Ordinal);
        Assert.Equal(0, withFonts);
        Assert.Contains("生成 1 个", out3, StringComparison.Ordinal);
        Assert.True(new FileInfo(_ws.Output("yubei-zwfw-2024", "pdf")).Length > 10_000);
    }
}
