using ReportGen.Core.Diagnostics;
using ReportGen.Core.Documents;
using ReportGen.Core.IO;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Core.Validation;
using ReportGen.Templating;

namespace ReportGen.Pipeline;

/// <summary>
/// One input to its output files: load, validate (errors stop here), render the templates into the
/// document model, then write the formats in two phases. First every format is written to a hidden
/// temporary file; only then are the finished ones renamed over the previous outputs. So:
/// <list type="bullet">
/// <item>no half-written file ever appears under a final name;</item>
/// <item>a machine fault (full disk, read-only folder) while writing replaces nothing: the previous
/// documents stay as they were, and the department is reported failed;</item>
/// <item>a renderer that fails on this document's content (a PDF with a character no font has) costs
/// only its own format: the other formats are still put in place.</item>
/// </list>
/// The templates, style sheet and renderers are shared by every input of a run; <see cref="Build"/> is
/// safe to call in parallel.
/// </summary>
public sealed class DocumentPipeline(
    TemplateRenderer templates,
    StyleSheet style,
    IReadOnlyList<IDocumentRenderer> renderers,
    RenderOptions renderOptions,
    ValidationOptions validation,
    OutputFiles? files = null)
{
    private readonly OutputFiles _files = files ?? OutputFiles.System;

    /// <summary>Builds the department of data file <paramref name="input"/>, read as the batch reads it (a regular file, bounded).</summary>
    public BuildOutcome Build(string input, string outDir) =>
        RegularFile.TryRead(input, out var problem) is { } data
            ? Build(input, data, outDir)
            : new BuildOutcome(input, [Unreadable(input, problem)], []) { Unreadable = true };

    /// <summary>The finding for a data file that cannot be read (not a regular file, too large, no permission…).</summary>
    public static Diagnostic Unreadable(string input, string? problem) =>
        new(Severity.Error, input, null, $"无法读取文件：{problem}") { Rule = "unreadable" };

    /// <summary>Builds the department whose data file <paramref name="input"/> holds <paramref name="data"/>.</summary>
    public BuildOutcome Build(string input, byte[] data, string outDir)
    {
        FileValidation checkedFile;
        using (StageTrace.Stage("load+validate"))
        {
            checkedFile = FileValidator.ValidateBytes(data, input, validation);
        }
        return Build(input, checkedFile, outDir);
    }

    /// <summary>
    /// Builds from a check already made (e.g. the workbook import's, whose findings sit at the workbook's
    /// cells): the report is not loaded or validated a second time.
    /// </summary>
    public BuildOutcome Build(string input, FileValidation checkedFile, string outDir)
    {
        var diagnostics = new List<Diagnostic>(checkedFile.Diagnostics);
        if (checkedFile.ValidReport is not { } report)
        {
            return new BuildOutcome(input, diagnostics, []) { Unreadable = checkedFile.Unreadable };
        }
        TemplateResult rendered;
        using (StageTrace.Stage("templates.render"))
        {
            rendered = templates.Render(report);
        }
        diagnostics.AddRange(rendered.Diagnostics);
        if (rendered.Document is not { } document || rendered.HasErrors)
        {
            return new BuildOutcome(input, diagnostics, []);
        }
        return Write(input, document, outDir, diagnostics);
    }

    /// <summary>
    /// Render the formats of a department at the same time, each on its own thread (the batch sets
    /// this when it has fewer departments than jobs: one department's DOCX and PDF then use both
    /// cores). The outcome is the same as one after the other, taken in format order.
    /// </summary>
    public bool FormatsInParallel { get; init; }

    /// <summary>One format rendered to its temporary file: what it gave, or how it failed.</summary>
    private sealed record Attempt(IDocumentRenderer Renderer, string Temp, string Target, RenderResult? Result, Exception? Error);

    private Attempt Render(IDocumentRenderer renderer, Document document, string stem, string outDir)
    {
        var target = Path.Combine(outDir, stem + "." + renderer.Format);
        var temp = OutputFiles.TempFor(target);
        try
        {
            using (StageTrace.Stage("render." + renderer.Format))
            using (var stream = _files.Create(temp))
            {
                return new Attempt(renderer, temp, target, renderer.Render(document, style, stream, renderOptions), null);
            }
        }
        catch (Exception e)
        {
            _files.TryDelete(temp);
            return new Attempt(renderer, temp, target, null, e);
        }
    }

    private BuildOutcome Write(string input, Document document, string outDir, List<Diagnostic> diagnostics)
    {
        var stem = Path.GetFileNameWithoutExtension(input);
        var staged = new List<(string Temp, string Target, int? Pages)>();
        string? fonts = null;
        var failedFormats = new List<string>();
        // One after the other, a machine fault stops the formats after it; in parallel all have run by then.
        var all = FormatsInParallel && renderers.Count > 1 ? RenderTimings.InParallel(renderers, r => Render(r, document, stem, outDir)) : null;
        foreach (var attempt in all ?? renderers.Select(r => Render(r, document, stem, outDir)))
        {
            var (renderer, temp, target) = (attempt.Renderer, attempt.Temp, attempt.Target);
            if (attempt.Error is { } error && IoErrors.IsEnvironment(error))
            {
                staged.ForEach(s => _files.TryDelete(s.Temp));
                all?.ToList().ForEach(a => _files.TryDelete(a.Temp));
                diagnostics.Add(EnvironmentError(input, $"无法写入 {target}：{IoErrors.Describe(error)}"));
                return new BuildOutcome(input, diagnostics, []) { EnvironmentFailure = true };
            }
            if (attempt.Error is { } failure)
            {
                // The renderer could not make this document: its format fails, the others go on.
                failedFormats.Add(renderer.Format);
                diagnostics.Add(new Diagnostic(Severity.Error, input, null, $"生成 {renderer.Format} 失败：{RendererMessage(failure)}") { Rule = "render" });
                continue;
            }
            var result = attempt.Result!;
            staged.Add((temp, target, result.Pages));
            diagnostics.AddRange(result.Warnings.Select(w => new Diagnostic(Severity.Warning, input, null, w) { Rule = "render-warning" }));
            if (result.Fonts.Count > 0)
            {
                fonts ??= $"{renderer.Format.ToUpperInvariant()} 字体：{FontUse.Summary(result.Fonts)}";
            }
        }
        var written = new List<string>();
        int? firstPages = null;
        for (var i = 0; i < staged.Count; i++)
        {
            var (temp, target, pages) = staged[i];
            try
            {
                _files.Move(temp, target);
            }
            catch (Exception e) when (IoErrors.IsEnvironment(e))
            {
                staged.Skip(i).ToList().ForEach(s => _files.TryDelete(s.Temp));
                diagnostics.Add(EnvironmentError(input, $"无法写入 {target}：{IoErrors.Describe(e)}"));
                return new BuildOutcome(input, diagnostics, written) { EnvironmentFailure = true, Pages = firstPages, Fonts = fonts };
            }
            written.Add(target);
            firstPages ??= pages;
        }
        return new BuildOutcome(input, diagnostics, written) { Pages = firstPages, FailedFormats = failedFormats, Fonts = fonts };
    }

    private static Diagnostic EnvironmentError(string input, string message) =>
        new(Severity.Error, input, null, message + "；原有的输出文件未改动") { Rule = "environment" };

    private static string RendererMessage(Exception e) =>
        e is InvalidOperationException or InvalidDataException or NotSupportedException or ArgumentException or Pdf.TypesettingException
            ? e.Message
            : e.GetType().Name + ": " + e.Message;
}
