using System.CommandLine;
using ReportGen.Core.Validation;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen validate &lt;file|folder&gt;... [--strict] [--threshold-percent P] [--threshold-amount A]</c>:
/// checks data files (a folder means its *.json files, not its subfolders) and prints every finding as
/// <c>file:line:col: 错误: $.path: message</c>. Exit 0 all valid, 1 some invalid, 2 usage error,
/// unreadable file or no input found.
/// </summary>
internal sealed class ValidateCommand : ICliCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;

    public ValidateCommand() : this(Console.Out, Console.Error)
    {
    }

    internal ValidateCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _err = error;
    }

    internal sealed class Syntax : CliSyntax
    {
        public readonly Argument<string[]> Inputs = CliOptions.Inputs("文件|文件夹", "预算数据文件（.json）；或文件夹，校验其中的 *.json 文件（不含子文件夹）。可写多个");
        public readonly Option<bool> Strict = CliOptions.Flag("--strict", "警告也按错误处理");
        public readonly Option<decimal?> ThresholdPercent = CliOptions.NonNegative("--threshold-percent", "百分数", "重大变动阈值：较上年变动达到上年数的这个百分比（默认 10）", "重大变动的百分比阈值");
        public readonly Option<decimal?> ThresholdAmount = CliOptions.NonNegative("--threshold-amount", "元", "且变动金额达到这个数（元，默认 10000）；两者都达到而没有说明原因时给出警告", "重大变动的金额阈值，单位元");

        public Syntax()
            : base("validate", "检查预算数据文件（JSON）：合计、各表之间、收支平衡、文字中的占位符等")
        {
            Add(Inputs);
            Add(Strict);
            Add(ThresholdPercent);
            Add(ThresholdAmount);
        }

        public override IReadOnlyList<string> UsageLines => ["validate <文件|文件夹>... [选项]"];

        public override IReadOnlyList<(string What, string CommandLine)> Examples =>
        [
            ("检查一个部门的数据文件", "validate data/政务办2024.json"),
            ("检查 data 文件夹中的全部数据文件，警告也算错误", "validate data/ --strict"),
            ("变动达到 20% 且达到 5 万元才要求说明原因", "validate data/ --threshold-percent 20 --threshold-amount 50000"),
        ];

        public override IReadOnlyList<string> Notes =>
        [
            "每个问题一行：文件:行:列: 错误|警告: 位置: 说明。“错误”必须改正，“警告”请核对；最后一行是汇总。",
            "退出码：0 全部通过，1 有数据错误，2 用法错误、文件无法读取或没有找到输入文件",
        ];
    }

    /// <summary>Parses <paramref name="args"/> (after "validate") and runs; a usage error is thrown.</summary>
    public int Run(string[] args) => CommandRegistry.RunAlone(this, new Syntax(), args, _out);

    public int Run(ParseResult parse)
    {
        var syntax = (Syntax)parse.CommandResult.Command;
        var inputs = parse.GetValue(syntax.Inputs) ?? [];
        if (inputs.Length == 0)
        {
            throw new UsageException("请指定至少一个数据文件或文件夹");
        }
        var options = ValidationOptions.Default with
        {
            WarningsAsErrors = parse.GetValue(syntax.Strict),
            ThresholdPercent = parse.GetValue(syntax.ThresholdPercent) ?? ValidationOptions.Default.ThresholdPercent,
            ThresholdAmount = parse.GetValue(syntax.ThresholdAmount) ?? ValidationOptions.Default.ThresholdAmount,
        };
        var (files, problems) = InputFiles.Expand(inputs);
        problems.ForEach(_err.WriteLine);
        if (files.Count == 0)
        {
            _err.WriteLine("没有找到要校验的 .json 文件");
            return ExitCodes.Usage;
        }
        var results = files.Select(f => FileValidator.ValidateFile(f, options)).ToList();
        foreach (var d in results.SelectMany(r => r.Diagnostics))
        {
            _out.WriteLine(d.ToString());
        }
        _out.WriteLine(Summarize(results));
        return problems.Count > 0 || results.Any(r => r.Unreadable) ? ExitCodes.Usage
            : results.All(r => r.IsValid) ? ExitCodes.Ok
            : ExitCodes.Failed;
    }

    private static string Summarize(List<FileValidation> results)
    {
        var errors = results.Sum(r => r.ErrorCount);
        var warnings = results.Sum(r => r.WarningCount);
        var failed = results.Where(r => !r.IsValid).Select(r => r.File).ToList();
        var verdict = failed.Count == 0
            ? "全部通过"
            : $"{results.Count - failed.Count} 个通过，{failed.Count} 个未通过（{string.Join("、", failed)}）";
        return $"校验了 {results.Count} 个文件：{verdict}；共 {errors} 个错误，{warnings} 个警告。";
    }
}
