using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Pipeline;

/// <summary>
/// Builds many departments at once through one shared <see cref="DocumentPipeline"/>. Each department
/// is isolated: whatever goes wrong with it — bad data, a template runtime error, a renderer exception
/// of any type — becomes its own failure, its earlier outputs are removed so that nothing stale looks
/// current, and the others carry on. Departments whose inputs are unchanged since their last build
/// into the folder (see <see cref="BuildManifest"/>) are skipped unless <see cref="BatchOptions.Force"/>.
/// </summary>
public sealed class BatchRunner(
    DocumentPipeline pipeline,
    BuildFingerprint fingerprint,
    BuildManifest manifest,
    BatchOptions options,
    ILogger logger)
{
    /// <summary>
    /// Builds <paramref name="inputs"/> with <see cref="BatchOptions.Jobs"/> departments at a time, taken in
    /// input order; <paramref name="completed"/> is called (from worker threads) as each one finishes.
    /// Returns the results in input order. The manifest is updated in memory; the caller saves it.
    /// </summary>
    public IReadOnlyList<DepartmentResult> Run(IReadOnlyList<string> inputs, Action<DepartmentResult> completed)
    {
        var results = new DepartmentResult[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs };
        // No buffering: each worker takes the next department in input order, so results arrive roughly in order.
        var order = Partitioner.Create(Enumerable.Range(0, inputs.Count), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, parallel, i =>
        {
            results[i] = BuildOne(i, inputs[i]);
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
            var data = TryHash(input);
            var reason = RebuildReason(stem, data);
            if (reason is null)
            {
                result = new DepartmentResult(index, input, DepartmentStatus.Skipped);
            }
            else
            {
                var outcome = pipeline.Build(input, options.OutDir);
                result = outcome.Succeeded
                    ? Built(index, stem, data, outcome) with { Reason = reason }
                    : Failed(index, input, stem, outcome.Diagnostics) with { Unreadable = outcome.Unreadable };
            }
        }
        catch (Exception e)
        {
            var message = $"生成时出现意外错误（{e.GetType().Name}）：{e.Message}";
            result = Failed(index, input, stem, [new Diagnostic(Severity.Error, input, null, message) { Rule = "internal" }]);
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
        if (data is null)
        {
            return "数据无法读取";
        }
        if (manifest.Find(stem) is not { } entry)
        {
            return "首次生成";
        }
        if (fingerprint.Difference(entry, data) is { } changed)
        {
            return changed;
        }
        foreach (var format in options.Formats)
        {
            var path = options.OutputPath(stem, format);
            if (!entry.Outputs.TryGetValue(format, out var size) || !File.Exists(path) || new FileInfo(path).Length != size)
            {
                return "输出文件缺失或已改动";
            }
        }
        return null;
    }

    private DepartmentResult Built(int index, string stem, string? data, BuildOutcome outcome)
    {
        var sizes = options.Formats.ToDictionary(f => f, f => new FileInfo(options.OutputPath(stem, f)).Length, StringComparer.Ordinal);
        if (data is not null)
        {
            manifest.Record(stem, ManifestEntry.Create(outcome.Input, data, fingerprint, sizes, outcome.Pages));
        }
        return new DepartmentResult(index, outcome.Input, DepartmentStatus.Built)
        {
            Diagnostics = outcome.Diagnostics,
            Written = outcome.Written,
            Pages = outcome.Pages,
        };
    }

    /// <summary>A failed department: forgotten by the manifest, and its outputs of the requested formats removed.</summary>
    private DepartmentResult Failed(int index, string input, string stem, IReadOnlyList<Diagnostic> diagnostics)
    {
        manifest.Forget(stem);
        var all = new List<Diagnostic>(diagnostics);
        var removed = new List<string>();
        foreach (var format in options.Formats)
        {
            var path = options.OutputPath(stem, format);
            try
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                    removed.Add(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                all.Add(new Diagnostic(Severity.Error, path, null, $"无法删除旧的输出文件：{e.Message}") { Rule = "stale-output" });
            }
        }
        return new DepartmentResult(index, input, DepartmentStatus.Failed) { Diagnostics = all, Removed = removed };
    }

    private static string? TryHash(string input)
    {
        try
        {
            return ContentHash.OfFile(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
