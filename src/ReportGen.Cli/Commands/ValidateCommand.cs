using System.Globalization;
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

    public string Name => "validate";
    public string Summary => "校验预算数据文件（JSON）";
    public string Usage => """
        用法：reportgen validate <文件|文件夹>... [--strict] [--threshold-percent P] [--threshold-amount A]
          文件夹：校验其中的 *.json 文件（不含子文件夹）
          --strict               警告也按错误处理
          --threshold-percent P  重大变动阈值：较上年变动达到上年数的 P%（默认 10）
          --threshold-amount A   且变动金额达到 A 元（默认 10000）；两者都达到而未说明原因时给出警告
        退出码：0 全部通过，1 有数据错误，2 用法错误、文件无法读取或没有找到输入文件
        """;

    public int Run(string[] args)
    {
        var line = CommandLine.Parse(args, ["threshold-percent", "threshold-amount"], ["strict"]);
        if (line.HelpRequested)
        {
            _out.WriteLine(Usage);
            return ExitCodes.Ok;
        }
        if (line.Positional.Count == 0)
        {
            throw new UsageException("请指定至少一个数据文件或文件夹");
        }
        var options = ValidationOptions.Default with
        {
            WarningsAsErrors = line.Has("strict"),
            ThresholdPercent = Decimal(line, "threshold-percent", ValidationOptions.Default.ThresholdPercent),
            ThresholdAmount = Decimal(line, "threshold-amount", ValidationOptions.Default.ThresholdAmount),
        };
        var (files, problems) = InputFiles.Expand(line.Positional);
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

    private static decimal Decimal(CommandLine line, string name, decimal fallback)
    {
        var text = line.Value(name);
        if (text is null)
        {
            return fallback;
        }
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            throw new UsageException($"选项 --{name} 的值“{text}”不是有效的非负数");
        }
        return value;
    }
}
