using System.Text.RegularExpressions;

namespace ReportGen.Cli.Tests.CommandLine;

/// <summary>Usage errors: exit 2, one Chinese line per mistake with a suggestion where one fits, and where to read the usage.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("biuld", "未知的命令“biuld”。是否应为 build？")]
    [InlineData("valdate", "未知的命令“valdate”。是否应为 validate？")]
    [InlineData("nextyear", "未知的命令“nextyear”。是否应为 next-year？")]
    [InlineData("bu", "未知的命令“bu”。是否应为 build？")]
    [InlineData("publish", "未知的命令“publish”。")]
    public void An_unknown_command_is_named_with_the_closest_command(string typed, string message)
    {
        var (code, stdout, stderr) = InProcess.Run(typed, "data/");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"用法错误：{message}\n运行 reportgen --help 查看全部命令。\n", stderr);
    }

    [Theory]
    [InlineData("build --fromat pdf", "build 命令没有“--fromat”这个选项。是否应为 --format？")]
    [InlineData("build --Format pdf", "build 命令没有“--Format”这个选项。是否应为 --format？")]
    [InlineData("build --fromat=pdf", "build 命令没有“--fromat”这个选项。是否应为 --format？")]
    [InlineData("build --forse", "build 命令没有“--forse”这个选项。是否应为 --force？")]
    [InlineData("build --fo", "build 命令没有“--fo”这个选项。是否应为 --fonts、--force 或 --format？")]
    [InlineData("build -o output", "build 命令没有“-o”这个选项。是否应为 --out？")]
    [InlineData("build --hepl", "build 命令没有“--hepl”这个选项。是否应为 --help？")]
    [InlineData("build --colour", "build 命令没有“--colour”这个选项。")]
    [InlineData("validate --strcit", "validate 命令没有“--strcit”这个选项。是否应为 --strict？")]
    [InlineData("sample --cout", "sample 命令没有“--cout”这个选项。是否应为 --count 或 --out？")]
    public void An_unknown_option_is_named_with_the_closest_option_of_that_command(string line, string message)
    {
        var args = line.Split(' ');
        var (code, _, stderr) = InProcess.Run([.. args, .. args[0] == "sample" ? Array.Empty<string>() : ["data/"]]);
        Assert.Equal(2, code);
        Assert.Equal($"用法错误：{message}\n运行 reportgen {args[0]} --help 查看该命令的用法和示例。\n", stderr);
    }

    [Theory]
    [InlineData("build", "--jobs", "0", "--jobs 应为 1 到 256 之间的整数（同时生成的部门数），收到“0”")]
    [InlineData("build", "--jobs", "abc", "--jobs 应为 1 到 256 之间的整数（同时生成的部门数），收到“abc”")]
    [InlineData("build", "--jobs", "99999", "--jobs 应为 1 到 256 之间的整数（同时生成的部门数），收到“99999”")]
    [InlineData("build", "--jobs", "-1", "--jobs 应为 1 到 256 之间的整数（同时生成的部门数），收到“-1”")]
    [InlineData("sample", "--count", "0", "--count 应为 1 到 100000 之间的整数（生成的部门数），收到“0”")]
    [InlineData("sample", "--seed", "1e3", "--seed 应为整数（随机种子），收到“1e3”")]
    [InlineData("serve", "--port", "70000", "--port 应为 0 到 65535 之间的整数（端口号），收到“70000”")]
    [InlineData("validate", "--threshold-percent", "ten", "--threshold-percent 应为不小于 0 的数（重大变动的百分比阈值），收到“ten”")]
    [InlineData("validate", "--threshold-amount", "-5", "--threshold-amount 应为不小于 0 的数（重大变动的金额阈值，单位元），收到“-5”")]
    public void A_number_out_of_range_names_the_option_the_range_and_what_was_given(string command, string option, string value, string message)
    {
        var (code, _, stderr) = InProcess.Run(command, option, value);
        Assert.Equal(2, code);
        Assert.Equal($"用法错误：{message}\n运行 reportgen {command} --help 查看该命令的用法和示例。\n", stderr);
    }

    [Theory]
    [InlineData("docx,odt", "不支持的格式“odt”，可用：docx、fragment.html、html、pdf、txt、xlsx")]
    [InlineData("pfd", "不支持的格式“pfd”（是否应为 pdf？），可用：docx、fragment.html、html、pdf、txt、xlsx")]
    public void A_format_that_does_not_exist_lists_the_formats(string formats, string message)
    {
        var (code, _, stderr) = InProcess.Run("build", "data/", "--out", "o", "--format", formats);
        Assert.Equal(2, code);
        Assert.Equal($"用法错误：{message}\n运行 reportgen build --help 查看该命令的用法和示例。\n", stderr);
    }

    [Theory]
    [InlineData(new[] { "build", "data/", "--out" }, "选项 --out 后面缺少 <文件夹>")]
    [InlineData(new[] { "build", "data/", "--jobs" }, "选项 --jobs 后面缺少 <数量>")]
    [InlineData(new[] { "completion" }, "completion 命令缺少参数 <bash|zsh|powershell>")]
    [InlineData(new[] { "build", "data/" }, "缺少 --out <文件夹>（输出文件夹）")]
    [InlineData(new[] { "build", "--out", "o" }, "请指定至少一个数据文件或文件夹")]
    [InlineData(new[] { "next-year", "a.json", "b.json", "--out", "c.json" }, "只能指定一个数据文件（多余的参数：b.json）")]
    [InlineData(new[] { "sample", "--out", "o", "extra" }, "多余的参数“extra”：sample 命令不接受更多的参数")]
    [InlineData(new[] { "build", "data/", "--out", "o", "--force=yes" }, "选项 --force 不带值（收到“--force=yes”）")]
    [InlineData(new[] { "--version", "build" }, "--version 只能单独使用：reportgen --version")]
    [InlineData(new[] { "completion", "fish" }, "不支持的 shell“fish”，可用：bash、zsh、powershell")]
    public void A_missing_or_extra_word_is_said_in_chinese(string[] args, string message)
    {
        var (code, _, stderr) = InProcess.Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith($"用法错误：{message}\n运行 reportgen ", stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every kind of mistake System.CommandLine reports (unknown command, unknown or misplaced option,
    /// unknown directive, response file, missing option value, missing argument, too many arguments,
    /// a value that does not parse, a value for an option without one, --version with more) is said
    /// in Chinese: none of the library's English reaches the user.
    /// </summary>
    [Theory]
    [InlineData("biuld")]
    [InlineData("")]
    [InlineData("--out", "o", "build")]
    [InlineData("-x")]
    [InlineData("[diagram]", "build")]
    [InlineData("[suggest", "build")]
    [InlineData("@args.rsp")]
    [InlineData("build", "data/", "--out")]
    [InlineData("build", "data/", "--out", "o", "--jobs", "x")]
    [InlineData("build", "data/", "--out", "o", "--strict=true")]
    [InlineData("build", "data/", "--out", "o", "--unknown")]
    [InlineData("completion")]
    [InlineData("completion", "bash", "zsh")]
    [InlineData("version", "extra")]
    [InlineData("help", "build", "extra")]
    [InlineData("help", "biuld")]
    [InlineData("--version", "validate")]
    [InlineData("sample", "--count", "0", "--seed", "x", "--port", "1")]
    [InlineData("serve", "--port")]
    [InlineData("validate", "--threshold-amount", "1,000", "x.json")]
    public void No_english_from_the_library_reaches_the_user(params string[] args)
    {
        var (code, stdout, stderr) = InProcess.Run(args);

        Assert.Equal(2, code);
        Assert.StartsWith("用法错误：", stderr, StringComparison.Ordinal);
        Assert.Matches(@"\n运行 reportgen( [a-z-]+)? --help 查看", stderr);
        var said = Regex.Replace(stderr, "“[^”]*”", "“”");
        foreach (var word in new[] { "Unrecognized", "Required", "argument", "option", "command", "Cannot", "parse", "expected", "missing", "Did you mean", "not matched", "Usage", "Options" })
        {
            Assert.DoesNotContain(word, said, StringComparison.OrdinalIgnoreCase);
        }
        HelpTests.AssertNoEnglish(stderr);
        Assert.DoesNotContain("用法错误", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggestion_distance_counts_a_swap_as_one_edit()
    {
        Assert.Equal("是否应为 build？", UsageErrors.Suggestion("biuld", ["build", "validate", "serve"]));
        Assert.Equal("", UsageErrors.Suggestion("xyz", ["build", "validate", "serve"]));
    }

    [Theory]
    [InlineData("-x.json", false)]
    [InlineData("./-x", false)]
    [InlineData("-", false)]
    [InlineData("-o", true)]
    [InlineData("--force.json", true)]
    public void Before_the_double_dash_a_word_with_two_dashes_or_a_short_flag_is_an_option(string word, bool option)
    {
        Assert.Equal(option, UsageErrors.LooksLikeOption(word));
    }
}
