using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Cli.Tests.Faults;

namespace ReportGen.Cli.Tests.Batch;

/// <summary>
/// <c>REPORTGEN_TRACE=1</c>, the tool docs/performance.md measures with: every stage of a build on
/// standard error with its time and the bytes its thread allocated, the process counters at the end,
/// nothing of it in what a user reads on standard output.
/// </summary>
public sealed class TraceOutputTests : IDisposable
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private readonly string _out = Directory.CreateTempSubdirectory("rg-trace-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void A_traced_build_names_each_stage_with_its_allocation_and_ends_with_the_counters()
    {
        var (code, stdout, stderr) = RealProgram.Run(["build", Reference, "--out", _out, "--format", "docx,pdf"],
            new Dictionary<string, string> { ["REPORTGEN_TRACE"] = "1" }, timeoutSeconds: 180);

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("[trace]", stdout, StringComparison.Ordinal);
        var stages = Regex.Matches(stderr, @"^\[trace\]\s+[\d.]+ ms\s+(\S+)\s+([\d.]+) ms\s+cpu\s+\d+ ms\s+alloc\s+([\d.]+) MB\s+\(thread \d+\)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        foreach (var stage in new[] { "style.load", "templates.load", "load+validate", "templates.render", "render.docx", "render.pdf", "pdf.layout", "pdf.write" })
        {
            Assert.True(stages.ContainsKey(stage), $"no trace line for {stage}:\n{stderr}");
        }
        // A department's document model and PDF are megabytes, not nothing: the column is the thread's own allocation.
        Assert.InRange(stages["render.pdf"], 0.5, 500);
        Assert.InRange(stages["templates.render"], 0.1, 500);
        Assert.Matches(@"\[trace\] gc \d+/\d+/\d+ \(gen0/1/2\), pause \d+ ms, (server|workstation) \w+, heap \d+ MB, allocated \d+ MB, jit \d+ methods \d+ ms", stderr);
    }
}
