using ReportGen.Cli.Tests.Faults;

namespace ReportGen.Cli.Tests.CommandLine;

/// <summary><c>--</c> ends the options: data files whose names start with "-" can be built.</summary>
public sealed class DoubleDashTests : IDisposable
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "templates");
    private readonly string _dir = Directory.CreateTempSubdirectory("rg-dashdash-").FullName;

    public DoubleDashTests()
    {
        File.Copy(Reference, Path.Combine(_dir, "-x.json"));
        File.Copy(Reference, Path.Combine(_dir, "--force.json"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Files_named_like_options_are_built_after_the_double_dash()
    {
        var (code, stdout, stderr) = RealProgram.Run(["build", "--out", "o", "--format", "txt", "--templates", Templates, "--", "-x.json", "--force.json"], workingDirectory: _dir);

        Assert.True(code == 0, stderr);
        Assert.Contains("汇总：共 2 个部门，生成 2 个", stdout, StringComparison.Ordinal);
        Assert.Contains("重庆市渝北区政务服务管理办公室", File.ReadAllText(Path.Combine(_dir, "o", "-x.txt")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(_dir, "o", "-x.txt")), File.ReadAllText(Path.Combine(_dir, "o", "--force.txt")));
    }

    [Fact]
    public void Without_the_double_dash_a_name_with_two_dashes_is_an_unknown_option_and_nothing_is_built()
    {
        var (code, _, stderr) = RealProgram.Run(["build", "--out", "o", "--format", "txt", "--templates", Templates, "--force.json"], workingDirectory: _dir);

        Assert.Equal(2, code);
        Assert.Equal("用法错误：build 命令没有“--force.json”这个选项。如果这是文件名，请把它写在 -- 之后：reportgen build [选项] -- --force.json\n运行 reportgen build --help 查看该命令的用法和示例。\n", stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir, "o")));
    }

    [Fact]
    public void A_file_name_with_one_dash_and_an_extension_is_a_file_as_before()
    {
        var (code, _, stderr) = RealProgram.Run(["validate", "-x.json"], workingDirectory: _dir);
        Assert.True(code == 0, stderr);
    }
}
