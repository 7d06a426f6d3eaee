using ReportGen.Core.Sampling;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen sample --count N --seed S --out DIR</c>: realistic, valid synthetic departments.</summary>
internal sealed class SampleCommand : ICliCommand
{
    public string Name => "sample";
    public string Summary => "生成合成的部门预算数据（测试与性能基准用）";
    public string Usage => """
        用法：reportgen sample [--count N] [--seed S] --out DIR
          --count N   生成的部门数（默认 10）
          --seed S    随机种子（默认 1）；同一种子生成相同的文件
          --out DIR   输出文件夹，写入 sample-001.json …
        """;

    public int Run(string[] args)
    {
        var cl = CommandLine.Parse(args, ["count", "seed", "out"], []);
        if (cl.HelpRequested)
        {
            Console.WriteLine(Usage);
            return ExitCodes.Ok;
        }
        if (cl.Positional.Count > 0)
        {
            throw new UsageException($"多余的参数：{cl.Positional[0]}");
        }
        var outDir = cl.Value("out") ?? throw new UsageException("缺少 --out DIR");
        var count = cl.IntValue("count", 10, min: 1);
        var seed = cl.IntValue("seed", 1);
        var written = SampleSet.Write(outDir, count, seed);
        Console.Error.WriteLine($"已生成 {written.Count} 个部门的数据：{Path.GetFullPath(outDir)}");
        return ExitCodes.Ok;
    }
}
