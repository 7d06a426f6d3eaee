using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportGen.Pipeline;
using ReportGen.Cli.Tests.Batch;

namespace ReportGen.Cli.Tests.Faults;

/// <summary>
/// The real program, killed (SIGKILL) or interrupted (SIGINT) in the middle of a batch whose data have
/// all changed since the last build, then run again: the output folder ends byte for byte equal to a
/// clean build of the new data — nothing stale kept, nothing half-written under a final name.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed partial class KilledBuildTests : IDisposable
{
    private const string Formats = "txt,docx";
    private const string Epoch = "1700000000";
    private const int Departments = 8;
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");

    private readonly BatchWorkspace _ws = new();
    private readonly string? _epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");

    public KilledBuildTests() => Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", Epoch);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", _epoch);
        _ws.Dispose();
    }

    /// <summary>SIGKILL at five random moments (any time from start-up to the end of the batch), three seeds.</summary>
    [Theory]
    [InlineData(12)]
    [InlineData(31)]
    [InlineData(2024)]
    public void Killed_at_random_moments_then_rebuilt_the_folder_equals_a_clean_build(int seed)
    {
        var clean = PrepareChangedData();
        var random = new Random(seed);
        for (var kill = 0; kill < 5; kill++)
        {
            using var process = Start();
            // Either a moment counted from the start (start-up, lock, first writes) or one after some departments.
            var lines = random.Next(0, 4);
            if (lines > 0)
            {
                WaitForDepartmentLines(process, lines, allowEnd: true);
            }
            Thread.Sleep(random.Next(0, lines > 0 ? 150 : 1500));
            process.Kill();
            process.WaitForExit();
            AssertNoDocumentIsPartial(clean);
            AssertManifestIsValid();
        }

        RebuildEqualsClean(clean);
    }

    [Fact]
    public void A_second_sigint_during_the_graceful_stop_exits_at_once_with_130_leaving_nothing_partial()
    {
        var clean = PrepareChangedData();

        // The first is handled within milliseconds; the departments under way take far longer.
        var (code, stdout, stderr) = Interrupt(clean, "INT", "INT");

        Assert.Contains("收到中断信号：正在完成进行中的部门，不再开始新的部门（再按一次 Ctrl+C 立即退出）", stderr, StringComparison.Ordinal);
        // At once: the departments under way were not finished, so there is no closing summary.
        Assert.DoesNotMatch(InterruptedSummary(), stdout);
        RebuildEqualsClean(clean);
    }

    [Fact]
    public void Sigterm_stops_as_the_first_ctrl_c_does_with_the_summary_and_130()
    {
        var clean = PrepareChangedData();

        var (_, stdout, _) = Interrupt(clean, "TERM");

        Assert.Matches(InterruptedSummary(), stdout);
        Assert.Empty(_ws.Leftovers());
        RebuildEqualsClean(clean);
    }

    [Fact]
    public void Interrupted_with_sigint_it_finishes_what_it_started_says_what_was_done_and_exits_130()
    {
        var clean = PrepareChangedData();

        // Interrupted as soon as the first department is done: most of the batch is still ahead.
        var (_, stdout, _) = Interrupt(clean, "INT");

        Assert.Matches(InterruptedSummary(), stdout);
        Assert.Empty(_ws.Leftovers());
        // What was finished is recorded: the next run builds only the rest.
        var done = int.Parse(InterruptedSummary().Match(stdout).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var again = RebuildEqualsClean(clean);
        Assert.Contains($"跳过 {done} 个（未变化）", again, StringComparison.Ordinal);
    }

    /// <summary>
    /// Starts the build, sends <paramref name="signals"/> once the first department is done (each after the program has taken the one before),
    /// and checks what every interruption must leave: exit 130, the first signal's notice, no stack
    /// trace, no partial document under a final name, a manifest that reads.
    /// </summary>
    private (int Code, string Out, string Err) Interrupt(Dictionary<string, byte[]> clean, params string[] signals)
    {
        using var process = Start();
        WaitForDepartmentLines(process, 1);
        var seen = new System.Text.StringBuilder();
        for (var i = 0; i < signals.Length; i++)
        {
            if (i > 0)
            {
                // The next signal once the program has taken the one before (its notice is out): sent
                // blindly after a fixed pause, it could come after the departments under way had
                // finished on a fast run, or be merged with the first by the kernel on a slow one.
                while (process.StandardError.ReadLine() is { } line)
                {
                    seen.AppendLine(line);
                    if (line.Contains("收到中断信号", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }
            Signal(process, signals[i]);
        }
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = seen + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}\n{stdout}{stderr}");
        Assert.Contains("收到中断信号：正在完成进行中的部门，不再开始新的部门", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        AssertNoDocumentIsPartial(clean);
        AssertManifestIsValid();
        return (process.ExitCode, stdout, stderr);
    }

    /// <summary>Runs the build to its end (exit 0) and checks the folder equals a clean build; returns its output.</summary>
    private string RebuildEqualsClean(Dictionary<string, byte[]> clean)
    {
        var (code, stdout) = RunToEnd();
        Assert.True(code == 0, stdout);
        AssertEqualsClean(clean);
        return stdout;
    }

    /// <summary>Builds the departments (old data) into the output folder, changes every data file, and returns a clean build of the new data.</summary>
    private Dictionary<string, byte[]> PrepareChangedData()
    {
        var files = _ws.AddSamples(Departments);
        Assert.Equal(0, _ws.Build("--format", Formats).Code);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(file, PersonField().Replace(text, "\"person\": \"新联系人\"", 1));
        }
        var cleanOut = Path.Combine(_ws.Root, "clean");
        var command = new Commands.BuildCommand([new Core.Rendering.TextRenderer(), new Docx.DocxRenderer()], new StringWriter(), new StringWriter());
        Assert.Equal(0, command.Run([_ws.Inputs, "--out", cleanOut, "--templates", _ws.Templates, "--format", Formats]));
        var clean = Directory.GetFiles(cleanOut).Where(f => !Path.GetFileName(f).StartsWith('.')).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        Assert.Equal(Departments * 2, clean.Count);
        Assert.Contains("新联系人", System.Text.Encoding.UTF8.GetString(clean["sample-001.txt"]), StringComparison.Ordinal);
        return clean;
    }

    private Process Start()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Program, "build", _ws.Inputs, "--out", _ws.Out, "--templates", _ws.Templates, "--format", Formats, "--jobs", "2" })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["SOURCE_DATE_EPOCH"] = Epoch;
        return System.Diagnostics.Process.Start(info)!;
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Reads progress until <paramref name="lines"/> department lines; with <paramref name="allowEnd"/> the build may end first.</summary>
    private static void WaitForDepartmentLines(Process process, int lines, bool allowEnd = false)
    {
        var seen = 0;
        var deadline = Stopwatch.StartNew();
        while (seen < lines)
        {
            var line = process.StandardOutput.ReadLine();
            if (line is null && allowEnd)
            {
                return;
            }
            Assert.True(line is not null, "the build ended before it could be interrupted");
            seen += line.StartsWith('[') ? 1 : 0;
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "no progress");
        }
    }

    private (int Code, string Out) RunToEnd()
    {
        using var process = Start();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout);
    }

    /// <summary>Every document under its final name is either the old one (a stale department not yet rebuilt) or exactly the clean new one.</summary>
    private void AssertNoDocumentIsPartial(Dictionary<string, byte[]> clean)
    {
        foreach (var file in Directory.GetFiles(_ws.Out).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            var bytes = File.ReadAllBytes(file);
            if (!bytes.AsSpan().SequenceEqual(clean[Path.GetFileName(file)]))
            {
                // An old document: complete, with the old contact (never a mixture or a cut file).
                if (file.EndsWith(".txt", StringComparison.Ordinal))
                {
                    var text = System.Text.Encoding.UTF8.GetString(bytes);
                    Assert.DoesNotContain("新联系人", text, StringComparison.Ordinal);
                    Assert.Contains("联系电话", text, StringComparison.Ordinal);
                }
                else
                {
                    using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
                    Assert.NotNull(zip.GetEntry("word/document.xml"));
                }
            }
        }
    }

    /// <summary>The manifest, when there is one, reads without a problem (it is only ever replaced whole).</summary>
    private void AssertManifestIsValid()
    {
        if (File.Exists(Path.Combine(_ws.Out, BuildManifest.FileName)))
        {
            Assert.Empty(BuildManifest.Load(_ws.Out).LoadProblems);
        }
    }

    private void AssertEqualsClean(Dictionary<string, byte[]> clean)
    {
        var now = Directory.GetFiles(_ws.Out).Where(f => !Path.GetFileName(f).StartsWith('.')).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        Assert.Equal(clean.Keys.Order(), now.Keys.Order());
        foreach (var (name, bytes) in clean)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(now[name]), name + " differs from a clean build");
        }
        Assert.Empty(_ws.Leftovers());
        Assert.True(File.Exists(Path.Combine(_ws.Out, BuildManifest.FileName)));
    }

    [GeneratedRegex("\"person\": \"[^\"]*\"")]
    private static partial Regex PersonField();

    [GeneratedRegex(@"运行已中断：(\d+) 个部门已处理完（已生成的文档完整，并已记入清单），(\d+) 个部门未处理")]
    private static partial Regex InterruptedSummary();
}
