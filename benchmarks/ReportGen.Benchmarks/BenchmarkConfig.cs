using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ReportGen.Benchmarks;

/// <summary>
/// In-process runs (no generated project is built, so nothing collides with other builds), the
/// median beside the mean, and allocations per operation. Thirty warm-up iterations: an operation of
/// 50 ms runs once per iteration, and tiered compilation only promotes a method to optimised code
/// after 30 calls, so fewer warm-ups would measure half-optimised code ("warm" means tier 1).
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(30)
            .WithIterationCount(20));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddExporter(DefaultConfig.Instance.GetExporters().ToArray());
        WithOptions(ConfigOptions.JoinSummary);
    }
}
