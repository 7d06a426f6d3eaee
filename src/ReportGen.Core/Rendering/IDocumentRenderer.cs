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

/// <summary>What a renderer wrote: the page count when known, the faces it set each font role in, and its warnings.</summary>
public sealed record RenderResult(int? Pages)
{
    /// <summary>
    /// Per font role, the faces the output embeds and how many characters each sets, roles in the
    /// order of <see cref="FontRoleNames.All"/> and the most used face first. Empty for formats that
    /// leave the fonts to the reader's program (DOCX, txt).
    /// </summary>
    public IReadOnlyList<FontUse> Fonts { get; init; } = [];

    /// <summary>Warnings for the user, in Chinese: a role set in a face of another style than it asks for, a damaged font file that was skipped.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>A face that sets <paramref name="Characters"/> characters of font role <paramref name="Role"/>.</summary>
public sealed record FontUse(string Role, string Face, int Characters)
{
    /// <summary>
    /// One line in Chinese: "标题 Noto Serif CJK SC Bold；正文 FandolFang（另 1 字用 Noto Serif CJK SC）；…".
    /// </summary>
    public static string Summary(IEnumerable<FontUse> fonts) =>
        string.Join("；", fonts.GroupBy(f => f.Role, StringComparer.Ordinal).Select(role =>
        {
            var faces = role.ToList();
            var rest = faces.Skip(1).Select(f => $"{f.Characters.ToString(System.Globalization.CultureInfo.InvariantCulture)} 字用 {f.Face}").ToList();
            return $"{FontRoleNames.Chinese(role.Key)} {faces[0].Face}" + (rest.Count == 0 ? "" : $"（另 {string.Join("、", rest)}）");
        }));
}
