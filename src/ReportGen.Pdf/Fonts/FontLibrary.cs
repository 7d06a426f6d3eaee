using System.Collections.Concurrent;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// The fonts of a renderer, shared by every document of a batch and by every thread: folders are
/// scanned once, font files mapped once, faces opened once and kept open until disposal.
/// </summary>
internal sealed class FontLibrary : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<FontCatalog>> _catalogs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IFontBytes>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Path, int Index), Lazy<FontFace>> _faces = new();
    private readonly Func<IReadOnlyList<string>> _systemDirectories;
    private readonly IFontSource? _builtIn;

    /// <param name="systemDirectories">The system's font folders (default: <see cref="SystemFontDirectories.Get"/>).</param>
    /// <param name="builtIn">Fonts searched after every folder (default: the fonts built into the program, if any).</param>
    public FontLibrary(Func<IReadOnlyList<string>>? systemDirectories = null, IFontSource? builtIn = null)
    {
        _systemDirectories = systemDirectories ?? SystemFontDirectories.Get;
        _builtIn = builtIn ?? EmbeddedFontSource.OfThisProgram;
    }

    /// <summary>The catalog of <paramref name="extraDirectories"/> followed by the system's folders and the built-in fonts.</summary>
    public FontCatalog Catalog(IReadOnlyList<string> extraDirectories)
    {
        var key = string.Join('\n', extraDirectories);
        return _catalogs.GetOrAdd(key, _ => new Lazy<FontCatalog>(() =>
        {
            using var stage = Core.Diagnostics.StageTrace.Stage("fonts.scan");
            return FontCatalog.Scan(extraDirectories.Select(Path.GetFullPath).Concat(_systemDirectories()), Check, _builtIn);
        })).Value;
    }

    /// <summary>Why a face cannot be trusted (it cannot be opened, or fails <see cref="FontFaceCheck"/>), or null.</summary>
    private string? Check(FontFaceInfo info)
    {
        try
        {
            return FontFaceCheck.Problem(Open(info));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or OverflowException)
        {
            return $"无法打开（{Core.IO.IoErrors.Describe(e)}）";
        }
    }

    public FontFace Open(FontFaceInfo info) =>
        _faces.GetOrAdd((info.Path, info.Index), _ => new Lazy<FontFace>(
            () =>
            {
                using var stage = Core.Diagnostics.StageTrace.Stage("fonts.open " + Path.GetFileName(info.Path));
                return new FontFace(info, _files.GetOrAdd(info.Path, p => new Lazy<IFontBytes>(() => info.Source?.Open(p) ?? new MappedFontFile(p))).Value);
            })).Value;

    public void Dispose()
    {
        foreach (var face in _faces.Values.Where(l => l.IsValueCreated))
        {
            face.Value.Dispose();
        }
        foreach (var file in _files.Values.Where(l => l.IsValueCreated))
        {
            file.Value.Dispose();
        }
        _faces.Clear();
        _files.Clear();
    }
}
