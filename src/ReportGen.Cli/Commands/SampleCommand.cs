using System.CommandLine;
using ReportGen.Core.Sampling;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen sample --count N --seed S --out DIR</c>: realistic, valid synthetic departments.</summary>
internal sealed class SampleCommand : ICliCommand
{
    internal sealed class Syntax : CliSyntax
    {
        public readonly Option<int?> Count = CliOptions.Integer("--count", "数量", "生成的部门数（默认 10）", 1, 100_000, "生成的部门数");
        public readonly Option<int?> Seed = CliOptions.Integer("--seed", "整数", "随机种子（默认 1）；同一种子生成相同的文件", int.MinValue, int.MaxValue, "随机种子");
        public readonly Option<string> Out = CliOptions.Value("--out", "文件夹", "输出文件夹（必填），写入 sample-001.json …");

        public Syntax()
            : base("sample", "生成合成的部门预算数据（测试与性能基准用，不是真实数据）")
        {
            Add(Count);
            Add(Seed);
            Add(Out);
        }

        public override IReadOnlyList<string> UsageLines => ["sample [--count <数量>] [--seed <整数>] --out <文件夹>"];

        public override IReadOnlyList<(string What, string CommandLine)> Examples =>
        [
            ("生成 100 个部门的试用数据", "sample --count 100 --out 试用数据"),
        ];

        public override IReadOnlyList<string> Notes => ["退出码：0 已生成，2 用法错误或输出文件夹无法写入"];
    }

    /// <summary>Parses <paramref name="args"/> (after "sample") and runs; a usage error is thrown.</summary>
    public int Run(string[] args) => CommandRegistry.RunAlone(this, new Syntax(), args, Console.Out);

    public int Run(ParseResult parse)
    {
        var syntax = (Syntax)parse.CommandResult.Command;
        var outDir = parse.GetValue(syntax.Out) ?? throw new UsageException("缺少 --out <文件夹>（输出文件夹）");
        var written = SampleSet.Write(outDir, parse.GetValue(syntax.Count) ?? 10, parse.GetValue(syntax.Seed) ?? 1);
        Console.Error.WriteLine($"已生成 {written.Count} 个部门的数据：{Path.GetFullPath(outDir)}");
        return ExitCodes.Ok;
    }
}
