using Microsoft.Extensions.DependencyInjection;
using ReportGen.Cli.Commands;

namespace ReportGen.Cli.Tests;

/// <summary>The validate command run in-process: output lines and exit codes 0 / 1 / 2.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private readonly string _dir = Directory.CreateTempSubdirectory("rg-validate-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private int Run(params string[] args) => new ValidateCommand(_out, _err).Run(args);

    /// <summary>A copy of the reference with one textual change, written to the temp folder.</summary>
    private string Changed(string name, string from, string to)
    {
        var text = File.ReadAllText(Reference);
        Assert.Contains(from, text);
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void Reference_is_valid_exit_0()
    {
        Assert.Equal(0, Run(Reference));
        Assert.Equal("校验了 1 个文件：全部通过；共 0 个错误，0 个警告。", _out.ToString().Trim());
    }

    [Fact]
    public void Changed_figure_exit_1_with_file_line_column_path_and_figures()
    {
        var file = Changed("figure.json", "\"services\": 1200000.00, \"total\": 1200000.00", "\"services\": 1200000.00, \"total\": 1200001.00");
        Assert.Equal(1, Run(file));
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = File.ReadAllLines(file).ToList().FindIndex(l => l.Contains("1200001.00", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"{file}:{line}:", lines[0]);
        Assert.Contains(": 错误: $.procurement[0].total: 政府采购合计应为 1,200,000.00 元", lines[0]);
        Assert.Contains("相差 1.00 元", lines[0]);
        Assert.Contains("0 个通过，1 个未通过", lines[^1]);
    }

    [Fact]
    public void Renamed_field_exit_1_naming_it()
    {
        var file = Changed("field.json", "\"overallGoals\"", "\"overallGoal\"");
        Assert.Equal(1, Run(file));
        var output = _out.ToString();
        Assert.Contains("$.performance.overallGoal: 未知字段“overallGoal”（是否应为“overallGoals”？）", output);
        Assert.Contains("$.performance: 缺少必填字段“overallGoals”", output);
    }

    [Fact]
    public void Broken_json_exit_1_with_line_and_column()
    {
        var file = Changed("broken.json", "\"district\": \"渝北区\",", "\"district\": \"渝北区\"");
        Assert.Equal(1, Run(file));
        var line = File.ReadAllLines(file).ToList().FindIndex(l => l.Contains("\"year\"", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"{file}:{line}:5: 错误: JSON 语法错误", _out.ToString());
    }

    [Fact]
    public void Warnings_pass_unless_strict()
    {
        var file = Changed("weights.json", "{ \"name\": \"覆盖率\", \"weight\": 20", "{ \"name\": \"覆盖率\", \"weight\": 25");
        Assert.Equal(0, Run(file));
        Assert.Contains("警告: $.performance.indicators: 指标权重之和应为 100，实际为 105", _out.ToString());
        Assert.Equal(1, Run(file, "--strict"));
        Assert.Contains("错误: $.performance.indicators: 指标权重之和应为 100", _out.ToString());
    }

    [Fact]
    public void Thresholds_from_the_command_line()
    {
        var file = Changed("reason.json", "\"reason\": \"退休人员增加健康休养费增加\"", "\"reason\": \"\"");
        Assert.Equal(0, Run(file));
        Assert.Contains("“2080599 其他行政事业单位养老支出”较2023年增加 15,700.00 元", _out.ToString());
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, Run(file, "--threshold-percent", "25"));
        Assert.DoesNotContain("2080599", _out.ToString());
        Assert.Equal(0, Run(file, "--threshold-amount=20000"));
        Assert.DoesNotContain("2080599", _out.ToString());
    }

    [Fact]
    public void Folder_means_its_json_files_not_its_subfolders()
    {
        File.Copy(Reference, Path.Combine(_dir, "a.json"));
        Changed("b.json", "\"year\": 2024", "\"year\": 1900");
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        File.WriteAllText(Path.Combine(_dir, "sub", "c.json"), "{");
        Assert.Equal(1, Run(_dir));
        var output = _out.ToString();
        Assert.Contains("校验了 2 个文件：1 个通过，1 个未通过（" + Path.Combine(_dir, "b.json") + "）", output);
        Assert.DoesNotContain("c.json", output);
    }

    [Fact]
    public void Missing_file_exit_2()
    {
        Assert.Equal(2, Run(Path.Combine(_dir, "none.json")));
        Assert.Contains("找不到文件或文件夹", _err.ToString());
    }

    [Fact]
    public void Folder_without_json_exit_2()
    {
        Assert.Equal(2, Run(_dir));
        Assert.Contains("文件夹中没有 .json 文件", _err.ToString());
    }

    [Fact]
    public void Missing_file_beside_a_valid_one_still_exit_2()
    {
        Assert.Equal(2, Run(Reference, Path.Combine(_dir, "none.json")));
        Assert.Contains("全部通过", _out.ToString());
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "--bogus", "x.json")]
    [InlineData("validate", "--threshold-percent", "ten", "x.json")]
    [InlineData("validate", "--threshold-amount")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var services = new ServiceCollection();
        CommandRegistry.Register(services);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(2, CommandRegistry.Run(provider, args));
    }

    [Fact]
    public void Help_exit_0()
    {
        Assert.Equal(0, Run("--help"));
        Assert.Contains("退出码：0 全部通过，1 有数据错误，2 用法错误", _out.ToString());
    }
}
