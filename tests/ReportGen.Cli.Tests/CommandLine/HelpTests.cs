using System.Text.RegularExpressions;
using ReportGen.Cli.Tests.Faults;

namespace ReportGen.Cli.Tests.CommandLine;

/// <summary><c>--help</c>, <c>-h</c>, <c>-?</c> on the root and every command, <c>--version</c>: Chinese, whatever the locale.</summary>
public sealed partial class HelpTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("help")]
    public void The_root_help_lists_every_command_with_what_it_does(string flag)
    {
        var (code, stdout, stderr) = InProcess.Run(flag);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.StartsWith("reportgen — 部门预算情况说明生成工具", stdout, StringComparison.Ordinal);
        Assert.Contains("用法：\n  reportgen <命令> [参数] [选项]\n", stdout, StringComparison.Ordinal);
        Assert.Contains("\n命令：\n  import      由预算系统导出的公开表工作簿（xlsx、xls）生成数据文件（JSON）\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  build       由数据和模板生成部门预算情况说明（Word、PDF、网页、Excel 附表、文本）\n", stdout, StringComparison.Ordinal);
        Assert.Contains("\n选项：\n  -h, -?, --help  显示帮助（用法、选项和示例）\n  --version       显示版本\n", stdout, StringComparison.Ordinal);
        Assert.Equal(InProcess.Commands, CommandLines(stdout, "命令："));
        AssertNoEnglish(stdout);
    }

    [Fact]
    public void The_program_alone_prints_the_commands_as_a_usage_error()
    {
        var (code, stdout, stderr) = InProcess.Run();
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal(InProcess.Run("--help").Out, stderr);
    }

    public static TheoryData<string, string> EveryCommandAndFlag()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in InProcess.Commands)
        {
            foreach (var flag in new[] { "--help", "-h", "-?" })
            {
                data.Add(command, flag);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCommandAndFlag))]
    public void Every_command_has_a_chinese_help_with_usage_options_and_examples(string command, string flag)
    {
        var (code, stdout, stderr) = InProcess.Run(command, flag);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.StartsWith($"reportgen {command} — ", stdout, StringComparison.Ordinal);
        Assert.Contains($"\n用法：\n  reportgen {command}", stdout, StringComparison.Ordinal);
        Assert.Contains("\n选项：\n", stdout, StringComparison.Ordinal);
        Assert.Contains("\n  -h, -?, --help ", stdout, StringComparison.Ordinal);
        if (command != "version")
        {
            Assert.Contains("\n示例：\n", stdout, StringComparison.Ordinal);
            Assert.Contains("\n  退出码：0 ", stdout, StringComparison.Ordinal);
            // Every example is a command line the program accepts (its syntax, not its files).
            foreach (Match example in ExampleLine().Matches(stdout))
            {
                var words = example.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.True(words[0] == command, example.Value);
            }
        }
        Assert.Equal(stdout, InProcess.Run("help", command).Out);
        AssertNoEnglish(stdout);
    }

    [Fact]
    public void Every_option_of_build_is_explained_and_help_wins_over_other_mistakes()
    {
        var (code, stdout, _) = InProcess.Run("build", "--bogus", "--help");
        Assert.Equal(0, code);
        foreach (var option in new[] { "--out <文件夹>", "--format <格式,...>", "--templates <文件夹>", "--style <文件>", "--fonts <文件夹>", "--strict", "--jobs <数量>", "--force", "--html-fragment" })
        {
            Assert.Matches($"\n  {Regex.Escape(option)} +\\p{{IsCJKUnifiedIdeographs}}", stdout);
        }
        Assert.Contains("可用：docx、pdf、html、xlsx、txt、fragment.html", stdout, StringComparison.Ordinal);
        Assert.Contains("  把 data 文件夹中所有部门的数据生成 Word 和 PDF，写入 output 文件夹：\n    reportgen build data/ --out output\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_columns_line_up_on_a_terminal_where_a_chinese_character_takes_two_columns()
    {
        var stdout = InProcess.Run("build", "--help").Out;
        var rows = stdout.Split('\n').SkipWhile(l => l != "选项：").Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.True(rows.Count >= 10);
        var columns = rows.Select(r => HelpWriter.DisplayWidth(Regex.Match(r, @"^  \S.*?  +(?=\S)").Value)).Distinct().ToList();
        Assert.Single(columns);
    }

    [Fact]
    public void Version_is_the_same_from_the_option_and_the_command()
    {
        var (code, stdout, _) = InProcess.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^reportgen \d+\.\d+\.\d+\S*\n$", stdout);
        Assert.Equal(stdout, InProcess.Run("version").Out);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("en_US.UTF-8")]
    public void The_real_program_speaks_chinese_whatever_the_locale(string locale)
    {
        var environment = new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale, ["LANGUAGE"] = "en" };
        var (code, stdout, _) = RealProgram.Run(["build", "--help"], environment);
        Assert.Equal(0, code);
        Assert.Contains("\n用法：\n  reportgen build <文件|文件夹>... --out <文件夹> [选项]\n", stdout, StringComparison.Ordinal);
        Assert.Contains("\n参数：\n", stdout, StringComparison.Ordinal);
        AssertNoEnglish(stdout);

        var (typo, _, stderr) = RealProgram.Run(["biuld"], environment);
        Assert.Equal(2, typo);
        Assert.Equal("用法错误：未知的命令“biuld”。是否应为 build？\n运行 reportgen --help 查看全部命令。\n", stderr);
    }

    /// <summary>No English word outside option names, file names, format names and command lines.</summary>
    internal static void AssertNoEnglish(string text)
    {
        var rest = Allowed().Replace(text, " ");
        Assert.False(EnglishWord().IsMatch(rest), $"English in: {EnglishWord().Match(rest).Value} …\n{rest}");
    }

    private static List<string> CommandLines(string help, string heading) =>
        [.. help.Split('\n').SkipWhile(l => l != heading).Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Trim().Split(' ')[0])];

    [GeneratedRegex(@"\n    reportgen (.+)")]
    private static partial Regex ExampleLine();

    // Command lines, options, placeholders, file and format names, words in quotes, and the few
    // technical names a clerk sees on the screen as they are (Word, PDF, JSON, Excel, Tab, Ctrl+C, shells).
    [GeneratedRegex(@"仿宋_GB2312|~/[\w./-]*|reportgen[^\n，。；：）—]*|--?[A-Za-z][\w-]*|<[^>]*>|“[^”]*”|\[[^\]]*\]|[\w./~*$-]*\.(json|xlsx|xls|html|docx|pdf|txt|sbn)\b|\b(docx|pdf|html|xlsx|txt|fragment|Word|PDF|JSON|Excel|CPU|Ctrl|Tab|PATH|bash|zsh|powershell|PowerShell|compinit|source|mkdir|Out-String|Invoke-Expression|data|output|templates|style|suggest|zshrc|PROFILE|CMS|xls|HTML|shell|Linux|Windows|import|validate|build|next-year|diff|serve|sample|completion|version|help|export)\b")]
    private static partial Regex Allowed();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();
}
