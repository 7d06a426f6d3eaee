using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.IO;

namespace ReportGen.Pipeline;

/// <summary>
/// Builds many departments at once through one shared <see cref="DocumentPipeline"/>. Each department
/// is isolated: whatever goes wrong with it becomes its own failure and the others carry on.
/// <list type="bullet">
/// <item>Invalid data (or a template error only its data triggers): no document, and its earlier
/// outputs are removed so that nothing stale looks current.</item>
/// <item>A renderer failing on its content: that format fails (its stale file removed), the others are written.</item>
/// <item>A machine fault (unreadable input, full disk, read-only folder): its earlier outputs are kept —
/// they are still the documents of the data they were built from, and the manifest still says so.</item>
/// </list>
/// A department is skipped when nothing it depends on changed since its last build into the folder
/// and its output files still hold exactly the bytes recorded (see <see cref="BuildManifest"/>), unless
/// <see cref="BatchOptions.Force"/>. After a cancellation no further department is started.
/// </summary>
public sealed class BatchRunner(
    DocumentPipeline pipeline,
    BuildFingerprint fingerprint,
    BuildManifest manifest,
    BatchOptions options,
    ILogger logger,
    OutputFiles? files = null)
{
    private readonly OutputFiles _files = files ?? OutputFiles.System;

    /// <summary>
    /// Builds <paramref name="inputs"/> with <see cref="BatchOptions.Jobs"/> departments at a time, taken in
    /// input order; <paramref name="completed"/> is called (from worker threads) as each one finishes.
    /// Returns the results in input order (departments not started after <paramref name="cancel"/> are
    /// <see cref="DepartmentStatus.NotStarted"/>). The manifest is written as departments complete.
    /// </summary>
    public IReadOnlyList<DepartmentResult> Run(IReadOnlyList<string> inputs, Action<DepartmentResult> completed, CancellationToken cancel = default)
    {
        var results = new DepartmentResult[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs };
        // No buffering: each worker takes the next department in input order, so results arrive roughly in order.
        var order = Partitioner.Create(Enumerable.Range(0, inputs.Count), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, parallel, i =>
        {
            results[i] = cancel.IsCancellationRequested
                ? new DepartmentResult(i, inputs[i], DepartmentStatus.NotStarted)
                : BuildOne(i, inputs[i]);
            completed(results[i]);
        });
        return results;
    }

    private DepartmentResult BuildOne(int index, string input)
    {
        var clock = Stopwatch.StartNew();
        var stem = Path.GetFileNameWithoutExtension(input);
        DepartmentResult result;
        RenderTimings.Begin();
        try
        {
            if (RegularFile.TryRead(input, out var problem) is not { } data)
            {
                result = new DepartmentResult(index, input, DepartmentStatus.Failed) { Diagnostics = [DocumentPipeline.Unreadable(input, problem)], Unreadable = true };
            }
            else
            {
                var hash = ContentHash.OfBytes(data);
                var reason = RebuildReason(stem, hash);
                result = reason is null
                    ? new DepartmentResult(index, input, DepartmentStatus.Skipped)
                    : Settle(index, stem, hash, pipeline.Build(input, data, options.OutDir)) with { Reason = reason };
            }
        }
        catch (Exception e)
        {
            // A defect, not an input or machine fault: reported by type, and the department's files left as they are.
            var message = $"生成时出现程序内部错误（{e.GetType().Name}）：{e.Message}；原有的输出文件未改动";
            result = new DepartmentResult(index, input, DepartmentStatus.Failed)
            {
                Diagnostics = [new Diagnostic(Severity.Error, input, null, message) { Rule = "internal" }],
            };
            logger.LogDebug(e, "{Input}: unexpected exception", input);
        }
        var renders = RenderTimings.End();
        result = result with { Elapsed = clock.Elapsed };
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("{Stem}: {Status} ({Reason}) in {Total:F1} ms (renderers: {Renders}; load, validation and templates: {Rest:F1} ms)",
                stem, result.Status, result.Reason ?? "-", result.Elapsed.TotalMilliseconds,
                renders.Count == 0 ? "-" : string.Join(", ", renders.Select(r => $"{r.Format} {r.Milliseconds:F1} ms")),
                result.Elapsed.TotalMilliseconds - renders.Sum(r => r.Milliseconds));
        }
        return result;
    }

    /// <summary>Why the department must be built, or null when its last build into the folder is still current.</summary>
    public string? RebuildReason(string stem, string? data)
    {
        if (options.Force)
        {
            return "--force";
        }
        if (manifest.Find(stem) is not { } entry)
        {
            return "首次生成";
        }
        if (data is null)
        {
            return "数据文件无法读取";
        }
        if (fingerprint.Difference(entry, data) is { } changed)
        {
            return changed;
        }
        foreach (var format in options.Formats)
        {
            if (!entry.Outputs.TryGetValue(format, out var record) || !record.Matches(options.OutputPath(stem, format)))
            {
                return "输出文件缺失或已改动";
            }
        }
        return null;
    }

    /// <summary>Applies the outcome of a build to the folder and the manifest.</summary>
    private DepartmentResult Settle(int index, string stem, string data, BuildOutcome outcome)
    {
        if (outcome.Unreadable || outcome.EnvironmentFailure)
        {
            // Nothing was wrong with the documents already there: keep them (and their manifest entry).
            return new DepartmentResult(index, outcome.Input, DepartmentStatus.Failed)
            {
                Diagnostics = outcome.Diagnostics,
                Written = outcome.Written,
                Unreadable = outcome.Unreadable,
            };
        }
        if (outcome.Written.Count == 0)
        {
            return Invalid(index, outcome.Input, stem, outcome.Diagnostics, options.Formats);
        }
        var outputs = new Dictionary<string, OutputRecord>(StringComparer.Ordinal);
        foreach (var format in options.Formats.Except(outcome.FailedFormats))
        {
            outputs[format] = OutputRecord.Of(options.OutputPath(stem, format));
        }
        manifest.Record(stem, ManifestEntry.Create(outcome.Input, data, fingerprint, outputs, outcome.Pages));
        var result = new DepartmentResult(index, outcome.Input, outcome.FailedFormats.Count == 0 ? DepartmentStatus.Built : DepartmentStatus.Failed)
        {
            Diagnostics = outcome.Diagnostics,
            Written = outcome.Written,
            Pages = outcome.Pages,
            Fonts = outcome.Fonts,
        };
        return outcome.FailedFormats.Count == 0 ? result : result with { Removed = RemoveStale(stem, outcome.FailedFormats, out var problems), Diagnostics = [.. outcome.Diagnostics, .. problems] };
    }

    /// <summary>A department whose data (or its documents) are wrong: forgotten by the manifest, and its outputs of <paramref name="formats"/> removed.</summary>
    private DepartmentResult Invalid(int index, string input, string stem, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> formats)
    {
        manifest.Forget(stem);
        var removed = RemoveStale(stem, formats, out var problems);
        return new DepartmentResult(index, input, DepartmentStatus.Failed) { Diagnostics = [.. diagnostics, .. problems], Removed = removed };
    }

    private List<string> RemoveStale(string stem, IEnumerable<string> formats, out List<Diagnostic> problems)
    {
        var removed = new List<string>();
        problems = [];
        foreach (var format in formats)
        {
            var path = options.OutputPath(stem, format);
            try
            {
                if (File.Exists(path))
                {
                    _files.Delete(path);
                    removed.Add(path);
                }
            }
            catch (Exception e) when (IoErrors.IsEnvironment(e))
            {
                problems.Add(new Diagnostic(Severity.Error, path, null, $"无法删除过时的输出文件：{IoErrors.Describe(e)}；此文件与现在的数据不符，请手动删除") { Rule = "stale-output" });
            }
        }
        return removed;
    }
}
