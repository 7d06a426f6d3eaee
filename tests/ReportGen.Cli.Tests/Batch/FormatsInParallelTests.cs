using ReportGen.Cli.Tests.Faults;
using ReportGen.Pipeline;

namespace ReportGen.Cli.Tests.Batch;

/// <summary>
/// Fewer departments than jobs: the formats of a department are rendered side by side
/// (<see cref="DocumentPipeline.FormatsInParallel"/>), with the outcome of rendering them one after
/// the other — the same bytes, the same log, and a machine fault in one format still replaces nothing.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class FormatsInParallelTests : IDisposable
{
    private readonly BatchWorkspace _ws = new();
    private readonly string? _epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");

    public FormatsInParallelTests() => Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", _epoch);
        _ws.Dispose();
    }

    [Fact]
    public void One_department_with_two_jobs_gives_the_bytes_and_log_of_one_job()
    {
        _ws.AddSamples(1, seed: 3);

        var one = _ws.Build("--format", "txt,docx,pdf", "--jobs", "1");
        var first = _ws.Snapshot();
        var two = _ws.Build("--format", "txt,docx,pdf", "--jobs", "2", "--force");
        var second = _ws.Snapshot();

        Assert.Equal(0, one.Code);
        Assert.Equal(0, two.Code);
        Assert.Equal(3, first.Count);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var name in first.Keys)
        {
            Assert.True(first[name].Bytes.AsSpan().SequenceEqual(second[name].Bytes), name + " differs when the formats are rendered side by side");
        }
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

    private static string[] WithoutSummary(string log) =>
        [.. log.Split('\n').Where(l => !l.StartsWith("汇总：", StringComparison.Ordinal))];
}
