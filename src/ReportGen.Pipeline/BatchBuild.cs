using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ReportGen.Pipeline;

/// <summary>
/// A whole <c>reportgen build</c> run over many departments: reads the folder's manifest, builds the
/// departments in parallel with progress, saves the manifest, writes the summary and chooses the exit
/// code (0 all built or up to date, 1 some department failed, 2 an input could not be found or read).
/// </summary>
public static class BatchBuild
{
    public static int Run(
        DocumentPipeline pipeline,
        BuildFingerprint fingerprint,
        BatchOptions options,
        IReadOnlyList<string> files,
        bool inputProblems,
        TextWriter output,
        TextWriter error,
        ILogger logger)
    {
        var inputs = Distinct(files);
        var manifest = BuildManifest.Load(options.OutDir);
        if (manifest.LoadProblem is { } problem)
        {
            output.WriteLine(problem);
        }
        var clock = Stopwatch.StartNew();
        var bar = ProgressReporter.IsTerminal(error) && !logger.IsEnabled(LogLevel.Debug) ? error : null;
        var progress = new ProgressReporter(output, bar, inputs.Count);
        var results = new BatchRunner(pipeline, fingerprint, manifest, options, logger).Run(inputs, progress.Completed);
        progress.Finish();
        manifest.Save();
        foreach (var line in BuildSummary.Lines(results, clock.Elapsed, Math.Min(options.Jobs, Math.Max(1, inputs.Count))))
        {
            output.WriteLine(line);
        }
        return inputProblems || results.Any(r => r.Unreadable) ? ExitCodes.Usage
            : results.Any(r => r.Status == DepartmentStatus.Failed) ? ExitCodes.Failed
            : ExitCodes.Ok;
    }

    /// <summary>
    /// The inputs without repeats of the same file; two different files with the same name would write
    /// the same outputs, which is a usage error.
    /// </summary>
    private static List<string> Distinct(IReadOnlyList<string> files)
    {
        var byFullPath = new HashSet<string>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var file in files)
        {
            if (!byFullPath.Add(Path.GetFullPath(file)))
            {
                continue;
            }
            var stem = Path.GetFileNameWithoutExtension(file);
            if (byStem.TryGetValue(stem, out var other))
            {
                throw new UsageException($"{other} 和 {file} 会写入同名的输出文件（{stem}.*），请分别输出到不同的文件夹");
            }
            byStem[stem] = file;
            result.Add(file);
        }
        return result;
    }

    /// <summary>The value of <c>--jobs</c>: a whole number of at least 1; all cores when absent.</summary>
    public static int Jobs(string? value)
    {
        if (value is null)
        {
            return Environment.ProcessorCount;
        }
        if (!int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var jobs) || jobs < 1)
        {
            throw new UsageException($"--jobs 应为至少 1 的整数（同时生成的部门数），不是“{value}”");
        }
        return jobs;
    }
}
