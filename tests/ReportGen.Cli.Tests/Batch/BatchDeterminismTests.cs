using ReportGen.Cli.Tests.Faults;

namespace ReportGen.Cli.Tests.Batch;

/// <summary>Tests that set SOURCE_DATE_EPOCH, which the build command reads from the environment: run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "environment";
}

/// <summary>
/// The number of parallel jobs changes neither the files nor the log — also with fewer departments
/// than jobs, when a department's formats are rendered side by side
/// (<see cref="ReportGen.Pipeline.DocumentPipeline.FormatsInParallel"/>), where a machine fault in one
/// format still replaces nothing.
/// </summary>
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

        var (one, two) = BuildWithOneAndTwoJobs(expectedCode: 1, expectedFiles: 9);

        // The same lines in the same order; only the summary's time and job count differ.
        Assert.Equal(WithoutSummary(one.Out), WithoutSummary(two.Out));
        Assert.Contains("（1 个并行任务）", one.Out, StringComparison.Ordinal);
        Assert.Contains("（2 个并行任务）", two.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void One_department_with_two_jobs_gives_the_bytes_and_log_of_one_job()
    {
        _ws.AddSamples(1, seed: 3);

        var (one, two) = BuildWithOneAndTwoJobs(expectedCode: 0, expectedFiles: 3);

        Assert.Equal(WithoutSummary(one.Out), WithoutSummary(two.Out));
        Assert.Contains("PDF 字体：", two.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_that_cannot_be_written_replaces_none_of_the_formats_rendered_beside_it()
    {
        _ws.AddSamples(1, seed: 3);
        Assert.Equal(0, _ws.Build("--format", "docx,txt", "--jobs", "1").Code);
        var before = _ws.Snapshot();
        var input = Path.Combine(_ws.Inputs, "sample-001.json");
        File.WriteAllText(input, File.ReadAllText(input) + "\n");
        // The DOCX (first) cannot be created while the text is rendered beside it: the text's finished temporary file goes too.
        _ws.Files = new FaultyFiles { CreateFails = path => path.Contains(".docx", StringComparison.Ordinal) ? FaultyFiles.ENOSPC : null };

        var (code, stdout, _) = _ws.Build("--format", "docx,txt", "--jobs", "2");

        Assert.True(code == 1, stdout);
        Assert.Contains("原有的输出文件未改动", stdout, StringComparison.Ordinal);
        Assert.Empty(_ws.Leftovers());
        var after = _ws.Snapshot();
        foreach (var name in before.Keys)
        {
            Assert.True(before[name].Bytes.AsSpan().SequenceEqual(after[name].Bytes), name + " was replaced although its department failed");
        }
    }

    /// <summary>Builds TXT, DOCX and PDF with --jobs 1, then again with --jobs 2: every file has the same bytes.</summary>
    private ((int Code, string Out, string Err) One, (int Code, string Out, string Err) Two) BuildWithOneAndTwoJobs(int expectedCode, int expectedFiles)
    {
        var one = _ws.Build("--format", "txt,docx,pdf", "--jobs", "1");
        var first = _ws.Snapshot();
        var two = _ws.Build("--format", "txt,docx,pdf", "--jobs", "2", "--force");
        var second = _ws.Snapshot();

        Assert.Equal(expectedCode, one.Code);
        Assert.Equal(expectedCode, two.Code);
        Assert.Equal(expectedFiles, first.Count);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var name in first.Keys)
        {
            Assert.True(first[name].Bytes.AsSpan().SequenceEqual(second[name].Bytes), name + " differs between --jobs 1 and --jobs 2");
        }
        return (one, two);
    }

    private static string[] WithoutSummary(string log) =>
        [.. log.Split('\n').Where(l => !l.StartsWith("汇总：", StringComparison.Ordinal))];
}
