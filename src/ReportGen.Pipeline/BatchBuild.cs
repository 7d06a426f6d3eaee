using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ReportGen.Pipeline;

/// <summary>
/// A whole <c>reportgen build</c> run over many departments: takes the output folder (created, checked
/// writable, locked, leftovers of an interrupted run removed), reads its manifest, builds the
/// departments in parallel with progress (the manifest written as each completes), writes the
/// summary and chooses the exit code: 0 all built or up to date, 1 some department failed or the
/// manifest could not be written, 2 an input or the output folder could not be used, 130 interrupted.
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
        ILogger logger,
        CancellationToken cancel = default,
        OutputFiles? outputFiles = null)
    {
        outputFiles ??= OutputFiles.System;
        var inputs = Distinct(files);
        var clock = Stopwatch.StartNew();
        using var folder = OutputFolder.Open(options.OutDir, outputFiles, out var folderProblem);
        if (folder is null)
        {
            output.WriteLine($"{options.OutDir}: 错误: {folderProblem}");
            output.WriteLine(BuildSummary.NothingBuilt(inputs.Count, "输出文件夹无法使用"));
            return ExitCodes.Usage;
        }
        if (folder.RemovedTemps > 0)
        {
            output.WriteLine($"已删除上次中断的运行留下的 {folder.RemovedTemps} 个临时文件。");
        }
        var manifest = BuildManifest.Load(options.OutDir, outputFiles);
        foreach (var problem in manifest.LoadProblems)
        {
            output.WriteLine(problem);
        }
        var bar = ProgressReporter.IsTerminal(error) && !logger.IsEnabled(LogLevel.Debug) ? error : null;
        var progress = new ProgressReporter(output, bar, inputs.Count);
        var results = new BatchRunner(pipeline, fingerprint, manifest, options, logger, outputFiles).Run(inputs, progress.Completed, cancel);
        progress.Finish();
        manifest.Flush();
        if (manifest.SaveProblem is { } saveProblem)
        {
            output.WriteLine($"{manifest.FilePath}: 错误: {saveProblem}");
        }
        foreach (var line in BuildSummary.Lines(results, clock.Elapsed, Math.Min(options.Jobs, Math.Max(1, inputs.Count))))
        {
            output.WriteLine(line);
        }
        return cancel.IsCancellationRequested && results.Any(r => r.Status == DepartmentStatus.NotStarted) ? ExitCodes.Interrupted
            : inputProblems || results.Any(r => r.Unreadable) ? ExitCodes.Usage
            : results.Any(r => r.Status == DepartmentStatus.Failed) || manifest.SaveProblem is not null ? ExitCodes.Failed
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
