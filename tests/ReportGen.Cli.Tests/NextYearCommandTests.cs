using System.Text.Json.Nodes;
using ReportGen.Cli.Commands;

namespace ReportGen.Cli.Tests;

/// <summary>The next-year command run in-process: the file it writes, its messages and exit codes.</summary>
public sealed class NextYearCommandTests : IDisposable
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private readonly string _dir = Directory.CreateTempSubdirectory("rg-next-year-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private int Run(params string[] args) => new NextYearCommand(_out, _err).Run(args);

    [Fact]
    public void Writes_the_next_year_file_and_lists_the_texts_to_write()
    {
        var output = Path.Combine(_dir, "sub", "yubei-zwfw-2025.json");
        var before = File.ReadAllBytes(Reference);
        Assert.Equal(0, Run(Reference, "--out", output));
        var json = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.Equal(2025, (int)json["department"]!["year"]!);
        Assert.Equal(17625499.55m, (decimal)json["income"]!["generalBudget"]!["lastYear"]!);
        Assert.Equal(0m, (decimal)json["income"]!["generalBudget"]!["amount"]!);
        Assert.Equal("../schemas/budget.schema.json", (string)json["$schema"]!);
        var lines = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"已生成 2025 年度的起点文件：{output}（由 {Reference} 的 2024 年数据生成）", lines[0]);
        Assert.Equal("需要填写的文字（22 处，填写前 validate 和 build 会拒绝该文件）：", lines[2]);
        Assert.Contains("$.expenditure.basicReason：基本支出较上年增减变化的原因", lines);
        Assert.Equal(before, File.ReadAllBytes(Reference));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [Fact]
    public void Refuses_to_overwrite_the_input_exit_2()
    {
        var copy = Path.Combine(_dir, "dept.json");
        File.Copy(Reference, copy);
        var before = File.ReadAllBytes(copy);
        Assert.Equal(2, Run(copy, "--out", Path.Combine(_dir, ".", "dept.json")));
        Assert.Contains("输出文件与输入文件相同", _err.ToString());
        Assert.Equal(before, File.ReadAllBytes(copy));
    }

    [Fact]
    public void Invalid_input_exit_1_with_its_errors_and_no_file()
    {
        var broken = Path.Combine(_dir, "broken.json");
        File.WriteAllText(broken, File.ReadAllText(Reference).Replace("\"basic\": 2399070.27", "\"basic\": 2399071.27", StringComparison.Ordinal));
        var output = Path.Combine(_dir, "out.json");
        Assert.Equal(1, Run(broken, "--out", output));
        Assert.Contains($"{broken}:", _err.ToString());
        Assert.Contains("错误", _err.ToString());
        Assert.Contains("未生成下一年度的文件", _err.ToString());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Missing_input_exit_2()
    {
        Assert.Equal(2, Run(Path.Combine(_dir, "none.json"), "--out", Path.Combine(_dir, "out.json")));
        Assert.Equal($"{Path.Combine(_dir, "none.json")}: 错误: 文件不存在", _err.ToString().Trim());
    }

    [Fact]
    public void Broken_json_exit_1_with_line_and_column_as_validate_says()
    {
        var text = Path.Combine(_dir, "text.json");
        File.WriteAllText(text, "{ not json");
        Assert.Equal(1, Run(text, "--out", Path.Combine(_dir, "out.json")));
        Assert.StartsWith($"{text}:1:", _err.ToString());
        Assert.False(File.Exists(Path.Combine(_dir, "out.json")));
    }

    [Fact]
    public void Missing_out_is_a_usage_error()
    {
        var e = Assert.Throws<UsageException>(() => Run(Reference));
        Assert.Equal("缺少 --out <新文件.json>", e.Message);
        Assert.Throws<UsageException>(() => Run("--out", Path.Combine(_dir, "x.json")));
    }

    [Fact]
    public void Unwritable_output_exit_2_without_a_stack_trace()
    {
        var blocker = Path.Combine(_dir, "file");
        File.WriteAllText(blocker, "");
        var output = Path.Combine(blocker, "out.json"); // a folder that is a file
        Assert.Equal(2, Run(Reference, "--out", output));
        // The cause in Chinese (the folder to create is a file), never the runtime's English message.
        Assert.Equal($"{output}: 错误: 无法写入文件：同名的文件已存在\n", _err.ToString().ReplaceLineEndings("\n"));
    }
}
