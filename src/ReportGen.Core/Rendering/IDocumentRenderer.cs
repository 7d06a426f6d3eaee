using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Core.Rendering;

/// <summary>
/// Writes a <see cref="Document"/> in one output format. Renderers read only the document model and
/// the style sheet, never budget data. One instance serves a whole batch and must be thread-safe:
/// work that is the same for every document (fonts, faces) is done once and shared.
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>Format name used by <c>--format</c> and as the file extension: "txt", "docx", "pdf".</summary>
    string Format { get; }

    /// <summary>Renders the document to <paramref name="output"/>. Returns the page count when known.</summary>
    RenderResult Render(Document document, StyleSheet style, Stream output, RenderOptions options);
}

/// <summary>Options shared by the renderers.</summary>
public sealed record RenderOptions
{
    /// <summary>Fixed timestamp for reproducible bytes (the build command takes it from SOURCE_DATE_EPOCH); null means now.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Extra folders searched for fonts before the system's.</summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];

    public static RenderOptions Default { get; } = new();
}

public sealed record RenderResult(int? Pages)
{
    /// <summary>What the user should know about this output (in Chinese), e.g. a damaged font file that was skipped.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
