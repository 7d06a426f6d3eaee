namespace ReportGen.Cli.Tests.CommandLine;

/// <summary>
/// <c>reportgen templates export DIR</c> through the command line (the export itself, byte for byte and
/// from the published program, is tested in ReportGen.Dist.Tests): its usage errors, and a real export
/// of the built-in set into an empty folder and over an edited one.
/// </summary>
public sealed class TemplatesCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rg-templates-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "templates", "exprot", "x" }, "未知的子命令“exprot”（可用：export）")]
    [InlineData(new[] { "templates", "export" }, "请指定导出到的文件夹")]
    public void A_wrong_templates_command_line_is_a_usage_error(string[] args, string message)
    {
        var (code, stdout, stderr) = InProcess.Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith($"用法错误：{message}\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_the_template_set_and_never_overwrites_an_edited_file_without_force()
    {
        var (code, stdout, _) = InProcess.Run("templates", "export", _dir);
        Assert.Equal(0, code);
        Assert.Contains($"已将内置模板导出到 {_dir}", stdout, StringComparison.Ordinal);
        var style = Path.Combine(_dir, "style.json");
        Assert.True(File.Exists(style));
        Assert.True(File.Exists(Path.Combine(_dir, "document.sbn")));

        File.AppendAllText(style, "\n");
        var edited = File.ReadAllBytes(style);
        var (refused, _, error) = InProcess.Run("templates", "export", _dir);
        Assert.Equal(2, refused);
        Assert.Contains($"{style}: 错误: 该文件已被修改，与内置模板不同，未覆盖", error, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllBytes(style));

        var (forced, output, _) = InProcess.Run("templates", "export", _dir, "--force");
        Assert.Equal(0, forced);
        Assert.Contains($"{style}: 已用内置模板覆盖（原文件已修改）", output, StringComparison.Ordinal);
        Assert.NotEqual(edited, File.ReadAllBytes(style));
    }
}
