using Microsoft.Extensions.DependencyInjection;

namespace ReportGen.Cli.Tests.Batch;

/// <summary>Usage errors of the batch options (exit code 2) and the progress bar's text.</summary>
public sealed class BatchUsageTests : IDisposable
{
    private readonly BatchWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("99999")]
    [InlineData("1.5")]
    public void Jobs_must_be_a_whole_number_from_one_to_the_maximum(string jobs)
    {
        _ws.AddReference();
        var e = Assert.Throws<UsageException>(() => _ws.Build("--format", "txt", "--jobs", jobs));
        Assert.Equal($"--jobs 应为 1 到 256 之间的整数（同时生成的部门数），收到“{jobs}”", e.Message);
        Assert.False(Directory.Exists(_ws.Out));
    }

    [Fact]
    public void A_usage_error_exits_with_2_through_the_command_host()
    {
        _ws.AddReference();
        var services = new ServiceCollection();
        CommandRegistry.Register(services);
        using var provider = services.BuildServiceProvider();

        var code = CommandRegistry.Run(provider, ["build", _ws.Inputs, "--out", _ws.Out, "--templates", _ws.Templates, "--jobs", "0"]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.False(Directory.Exists(_ws.Out));
    }

    [Fact]
    public void A_style_sheet_that_is_a_folder_or_missing_is_named_once_with_its_problem()
    {
        _ws.AddReference();
        var folder = Directory.CreateDirectory(Path.Combine(_ws.Root, "样式")).FullName;
        var missing = Path.Combine(_ws.Root, "没有.json");

        Assert.Equal($"无法读取样式表：{folder}: 这是一个文件夹，不是文件", Assert.Throws<UsageException>(() => _ws.Build("--format", "txt", "--style", folder)).Message);
        Assert.Equal($"无法读取样式表：{missing}: 文件不存在", Assert.Throws<UsageException>(() => _ws.Build("--format", "txt", "--style", missing)).Message);
        Assert.False(Directory.Exists(_ws.Out));
    }

    [Fact]
    public void A_template_folder_that_is_a_file_or_missing_says_which()
    {
        var file = _ws.AddReference();
        var missing = Path.Combine(_ws.Root, "没有");

        Assert.Equal($"{file} 是一个文件，不是模板文件夹（--templates）", Assert.Throws<UsageException>(() => Pipeline.PipelineSetup.Templates(file)).Message);
        Assert.Equal($"模板文件夹不存在：{missing}（--base-templates）", Assert.Throws<UsageException>(() => Pipeline.PipelineSetup.TemplateFolder(missing, "--base-templates")).Message);
        Assert.Equal(_ws.Templates, Pipeline.PipelineSetup.TemplateFolder(_ws.Templates));
    }

    [Fact]
    public void Two_inputs_with_the_same_name_would_overwrite_each_other_and_are_refused()
    {
        var first = _ws.AddReference("dept.json");
        var other = Path.Combine(_ws.Root, "other");
        Directory.CreateDirectory(other);
        var second = Path.Combine(other, "dept.json");
        File.Copy(first, second);

        var e = Assert.Throws<UsageException>(() => _ws.Build(other, "--format", "txt"));

        Assert.Equal($"{first} 和 {second} 会写入同名的输出文件（dept.*），请分别输出到不同的文件夹", e.Message);
    }

    [Fact]
    public void The_same_file_given_twice_is_built_once()
    {
        var file = _ws.AddReference("dept.json");
        var (code, stdout, _) = _ws.Build(file, "--format", "txt");
        Assert.Equal(0, code);
        Assert.Contains("汇总：共 1 个部门，生成 1 个", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, ">" + "                   ", "   0/100  0:04")]
    [InlineData(45, 0, "=========>" + "          ", "  45/100  0:04")]
    [InlineData(100, 2, "====================", " 100/100  失败 2  0:04")]
    public void The_progress_bar_fills_in_proportion(int finished, int failed, string bar, string tail)
    {
        var text = ProgressReporter.BarText(finished, 100, failed, TimeSpan.FromSeconds(4), columns: 60);
        Assert.Equal($"生成中 [{bar}]{tail}", text);
    }
}
