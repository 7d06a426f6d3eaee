using System.CommandLine;
using System.Text.Json;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.NextYear;
using ReportGen.Core.Validation;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen next-year &lt;file.json&gt; --out &lt;new.json&gt;</c>: writes next year's starting file
/// (<see cref="NextYearStart"/>) and lists the texts left to write. Exit 0 written, 1 the input has
/// errors, 2 usage error, unreadable input, or an output that would overwrite the input.
/// </summary>
internal sealed class NextYearCommand : ICliCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;

    public NextYearCommand() : this(Console.Out, Console.Error)
    {
    }

    internal NextYearCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _err = error;
    }

    internal sealed class Syntax : CliSyntax
    {
        public readonly Argument<string[]> Input = CliOptions.Inputs("数据文件.json", "本年度的数据文件");
        public readonly Option<string> Out = CliOptions.Value("--out", "新文件.json", "下一年度起点文件的路径（必填，不能与输入文件相同）");

        public Syntax()
            : base("next-year", "由本年的数据文件生成下一年度的起点文件")
        {
            Add(Input);
            Add(Out);
        }

        public override IReadOnlyList<string> UsageLines => ["next-year <数据文件.json> --out <新文件.json>"];

        public override IReadOnlyList<(string What, string CommandLine)> Examples =>
        [
            ("由 2024 年的数据文件准备 2025 年的文件", "next-year data/政务办2024.json --out data/政务办2025.json"),
        ];

        public override IReadOnlyList<string> Notes =>
        [
            "年度加一；本年的各项数字转为“上年数”，本年数字清空待填；",
            "各项原因、用途、绩效目标改为“【待填写】…”占位文字（填写前不能生成文档）；",
            "职能职责、单位构成、联系方式、名词解释等保持不变。",
            "退出码：0 已生成，1 输入文件有错误，2 用法错误、文件无法读取或写入，或输出会覆盖输入文件",
        ];
    }

    /// <summary>Parses <paramref name="args"/> (after "next-year") and runs; a usage error is thrown.</summary>
    public int Run(string[] args) => CommandRegistry.RunAlone(this, new Syntax(), args, _out);

    public int Run(ParseResult parse)
    {
        var syntax = (Syntax)parse.CommandResult.Command;
        var inputs = parse.GetValue(syntax.Input) ?? [];
        if (inputs.Length != 1)
        {
            throw new UsageException(inputs.Length == 0 ? "请指定一个数据文件" : $"只能指定一个数据文件（多余的参数：{inputs[1]}）");
        }
        var input = inputs[0];
        var output = parse.GetValue(syntax.Out) ?? throw new UsageException("缺少 --out <新文件.json>");
        if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(output), StringComparison.Ordinal))
        {
            _err.WriteLine($"{output}: 错误: 输出文件与输入文件相同；请用 --out 指定另一个文件，输入文件不会被覆盖");
            return ExitCodes.Usage;
        }
        if (!File.Exists(input))
        {
            _err.WriteLine($"{input}: 错误: 文件不存在");
            return ExitCodes.Usage;
        }
        var validation = FileValidator.ValidateFile(input);
        if (!validation.IsValid)
        {
            foreach (var d in validation.Diagnostics.Where(d => d.IsError))
            {
                _err.WriteLine(d.ToString());
            }
            _err.WriteLine($"{input}: 有 {validation.ErrorCount} 个错误，未生成下一年度的文件；请先改正（reportgen validate {input}）");
            return validation.Unreadable ? ExitCodes.Usage : ExitCodes.Failed;
        }
        var report = validation.Report!;
        var next = NextYearStart.From(report);
        try
        {
            Write(output, JsonSerializer.SerializeToUtf8Bytes(next.Report, BudgetJson.Options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _err.WriteLine($"{output}: 错误: 无法写入文件：{Core.IO.IoErrors.Describe(e)}");
            return ExitCodes.Usage;
        }
        _out.WriteLine($"已生成 {next.Report.Department.Year} 年度的起点文件：{output}（由 {input} 的 {report.Department.Year} 年数据生成）");
        _out.WriteLine($"本年数字已转为“上年数”，{next.Report.Department.Year} 年的数字已清空，请填写或用 reportgen import 从预算系统导出的公开表导入。");
        if (next.Placeholders.Count > 0)
        {
            _out.WriteLine($"需要填写的文字（{next.Placeholders.Count} 处，填写前 validate 和 build 会拒绝该文件）：");
            foreach (var p in next.Placeholders)
            {
                _out.WriteLine($"  {p.Path}：{p.Text[Placeholder.Marker.Length..]}");
            }
        }
        return ExitCodes.Ok;
    }

    /// <summary>Writes to a temporary file beside the target and renames it: no half-written file under the target's name.</summary>
    private static void Write(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Environment.ProcessId + ".tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
