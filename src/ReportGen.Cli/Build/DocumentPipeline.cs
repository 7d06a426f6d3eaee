using ReportGen.Core.Diagnostics;
using ReportGen.Core.Documents;
using ReportGen.Core.Loading;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Core.Validation;
using ReportGen.Templating;

namespace ReportGen.Cli.Build;

/// <summary>
/// One input file to its output files: load, validate (errors stop here), render the templates into
/// the document model, then write each format through its renderer — via a temporary file renamed
/// into place, so no half-written file ever appears under the final name. The templates, style sheet
/// and renderers are shared by every input of a run; <see cref="Build"/> is safe to call in parallel.
/// </summary>
internal sealed class DocumentPipeline(
    TemplateRenderer templates,
    StyleSheet style,
    IReadOnlyList<IDocumentRenderer> renderers,
    RenderOptions renderOptions,
    ValidationOptions validation)
{
    public BuildOutcome Build(string input, string outDir)
    {
        var loaded = BudgetLoader.Load(input);
        if (loaded.Report is not { } report)
        {
            return new BuildOutcome(input, loaded.Diagnostics, []) { Unreadable = loaded.IsUnreadable };
        }
        var found = BudgetValidator.Validate(report, input, validation);
        var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
        diagnostics.AddRange(loaded.Positions is { } map ? found.Select(map.Locate) : found);
        if (diagnostics.Any(d => d.IsError))
        {
            return new BuildOutcome(input, diagnostics, []);
        }
        var rendered = templates.Render(report);
        diagnostics.AddRange(rendered.Diagnostics);
        if (rendered.Document is not { } document || rendered.HasErrors)
        {
            return new BuildOutcome(input, diagnostics, []);
        }
        var written = new List<string>();
        int? pages = null;
        string? fonts = null;
        var stem = Path.GetFileNameWithoutExtension(input);
        foreach (var renderer in renderers)
        {
            var target = Path.Combine(outDir, stem + "." + renderer.Format);
            if (Write(document, renderer, target, out var result) is { } failure)
            {
                diagnostics.Add(new Diagnostic(Severity.Error, input, null, failure) { Rule = "render" });
            }
            else
            {
                written.Add(target);
                pages ??= result?.Pages;
                diagnostics.AddRange(result?.Warnings.Select(w => new Diagnostic(Severity.Warning, input, null, w) { Rule = "font-style" }) ?? []);
                if (result is { Fonts.Count: > 0 })
                {
                    fonts ??= $"{renderer.Format.ToUpperInvariant()} 字体：{FontUse.Summary(result.Fonts)}";
                }
            }
        }
        return new BuildOutcome(input, diagnostics, written) { Pages = pages, Fonts = fonts };
    }

    /// <summary>
    /// Writes one format; returns the reason on failure (the temporary file is removed). Any exception of
    /// the renderer is this document's failure, never the run's.
    /// </summary>
    private string? Write(Document document, IDocumentRenderer renderer, string target, out RenderResult? result)
    {
        result = null;
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                result = renderer.Render(document, style, stream, renderOptions);
            }
            File.Move(temp, target, overwrite: true);
            return null;
        }
        catch (Exception e)
        {
            TryDelete(temp);
            var expected = e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException or NotSupportedException or Pdf.TypesettingException;
            return $"生成 {renderer.Format} 失败：{(expected ? e.Message : e.GetType().Name + ": " + e.Message)}";
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a stray temporary file is harmless (hidden, never the final name).
        }
    }
}
