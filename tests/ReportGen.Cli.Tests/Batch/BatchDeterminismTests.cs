namespace ReportGen.Cli.Tests.Batch;

/// <summary>Tests that set SOURCE_DATE_EPOCH, which the build command reads from the environment: run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "environment";
}

/// <summary>The number of parallel jobs changes neither the files nor the log.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class BatchDeterminismTests : IDisposable
{
    private readonly BatchWorkspace _ws = new();
    private readonly string? _epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");

    public BatchDeterminismTests() => Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", _epoch);
        _ws.Dispose();
    }

    [Fact]
    public void Jobs_1_and_jobs_2_give_identical_outputs_and_the_same_log()
    {
        _ws.AddSamples(3, seed: 5);
        _ws.AddChanged("broken.json", "\"district\": \"渝北区\",", "\"district\": \"渝北区\"");

        var one = _ws.Build("--format", "txt,docx,pdf", "--jobs", "1");
        var first = _ws.Snapshot();
        var two = _ws.Build("--format", "txt,docx,pdf", "--jobs", "2", "--force");
        var second = _ws.Snapshot();

        Assert.Equal(1, one.Code);
        Assert.Equal(1, two.Code);
        Assert.Equal(9, first.Count);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var name in first.Keys)
        {
            Assert.True(first[name].Bytes.AsSpan().SequenceEqual(second[name].Bytes), name + " differs between --jobs 1 and --jobs 2");
        }
        // The same lines in the same order; only the summary's time and job count differ.
        Assert.Equal(WithoutSummary(one.Out), WithoutSummary(two.Out));
        Assert.Contains("（1 个并行任务）", one.Out, StringComparison.Ordinal);
        Assert.Contains("（2 个并行任务）", two.Out, StringComparison.Ordinal);
    }

    private static string[] WithoutSummary(string log) =>
        [.. log.Split('\n').Where(l => !l.StartsWith("汇总：", StringComparison.Ordinal))];
}
