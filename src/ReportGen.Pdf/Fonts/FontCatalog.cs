using ReportGen.Core.IO;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// The fonts of a set of folders, scanned once: family name → faces. Folders given first win, so a
/// fonts folder passed on the command line overrides a system font of the same family.
/// </summary>
internal sealed class FontCatalog
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc", ".otc"];

    private readonly Dictionary<string, List<FontFaceInfo>> _byFamily = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<FontFaceInfo>> _byFullName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<FontFaceInfo, string?> _check;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FontFaceInfo, string?> _checked = new();
    private readonly IReadOnlyList<(string File, string? Reason)> _unreadable;

    /// <param name="faces">The faces found.</param>
    /// <param name="check">Why a face cannot be trusted, or null (see <see cref="FontFaceCheck"/>); by default every face is.</param>
    /// <param name="unreadable">Font files skipped by the scan, with the reason when it is not damage (a FIFO, a folder).</param>
    public FontCatalog(IEnumerable<FontFaceInfo> faces, Func<FontFaceInfo, string?>? check = null, IReadOnlyList<(string File, string? Reason)>? unreadable = null)
    {
        _check = check ?? (_ => null);
        _unreadable = unreadable ?? [];
        foreach (var face in faces)
        {
            foreach (var family in face.Families)
            {
                if (!_byFamily.TryGetValue(family, out var list))
                {
                    _byFamily[family] = list = [];
                }
                list.Add(face);
            }
            foreach (var full in face.FullNames)
            {
                if (!_byFullName.TryGetValue(full, out var copies))
                {
                    _byFullName[full] = copies = [];
                }
                copies.Add(face);
            }
        }
    }

    public int FamilyCount => _byFamily.Count;

    /// <summary>The faces found damaged and skipped so far: a Chinese warning for each, naming its file, in file order.</summary>
    public IReadOnlyList<string> Rejected =>
        [.. _unreadable.Select(f => f.Reason is null ? $"字体文件 {f.File} 无法读取或已损坏（找不到完整的字体表），已跳过" : $"字体文件 {f.File} 无法读取（{f.Reason}），已跳过"), .. _checked.Where(c => c.Value is not null).OrderBy(c => c.Key.Path, StringComparer.Ordinal).ThenBy(c => c.Key.Index)
            .Select(c => $"字体文件 {c.Key.Path}（{c.Key.Family}{(c.Key.Path.EndsWith("c", StringComparison.OrdinalIgnoreCase) ? $"，第 {c.Key.Index + 1} 个字体" : "")}）已损坏，已跳过：{c.Value}")];

    /// <summary>True when the face passed its check (checked once, on first use).</summary>
    private bool Usable(FontFaceInfo face) => _checked.GetOrAdd(face, _check) is null;

    /// <summary>Scans <paramref name="directories"/> (recursively) in order, then <paramref name="builtIn"/>; unreadable files are skipped.</summary>
    public static FontCatalog Scan(IEnumerable<string> directories, Func<FontFaceInfo, string?>? check = null, IFontSource? builtIn = null)
    {
        var faces = new List<FontFaceInfo>();
        var unreadable = new List<(string, string?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in directories)
        {
            if (!Directory.Exists(dir))
            {
                continue;
            }
            var files = Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!seen.Add(Path.GetFullPath(file)))
                {
                    continue;
                }
                // Only a regular file: opening a FIFO named x.ttf would wait for a writer forever.
                if (RegularFile.Check(file) is { } notAFile)
                {
                    unreadable.Add((file, notAFile));
                    continue;
                }
                try
                {
                    var found = SfntReader.ReadFaces(file);
                    faces.AddRange(found);
                    if (found.Count == 0 || found.All(f => f.Families.Count == 0))
                    {
                        unreadable.Add((file, null));
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or EndOfStreamException)
                {
                    // A damaged or unreadable font file is not an error of the document: skipped, and said.
                    unreadable.Add((file, null));
                }
            }
        }
        foreach (var file in builtIn?.Files ?? [])
        {
            // Only the small header and name tables are read here; the face is opened when a document uses it.
            using var bytes = builtIn!.Open(file);
            faces.AddRange(SfntReader.ReadFaces(bytes, file).Select(f => f with { Source = builtIn }));
        }
        return new FontCatalog(faces, check, unreadable);
    }

    /// <summary>
    /// The face of <paramref name="family"/> for regular text (upright, weight nearest 400) or bold
    /// text (weight 600 or more, nearest 700); null when the family is not installed or has no
    /// face of that kind. A full face name ("Noto Serif CJK SC Bold") selects that face.
    /// </summary>
    public FontFaceInfo? Find(string family, bool bold)
    {
        if (_byFamily.TryGetValue(family, out var faces))
        {
            var candidates = faces.Where(f => f.IsBold == bold).ToList();
            if (candidates.Count == 0)
            {
                return null;
            }
            var target = bold ? 700 : 400;
            // Stable: among equals the first found (user folders first) wins; a damaged face is passed over.
            return candidates.OrderBy(f => f.Italic).ThenBy(f => Math.Abs(f.Weight - target)).FirstOrDefault(Usable);
        }
        // A full face name is that face: "Noto Serif CJK SC Bold" sets regular text of its role in
        // the bold face (a heavy Song standing in for 小标宋); bold text asks for a bold face.
        // Copies of one face (a --fonts folder and the system's): the first sound one, as for families.
        return _byFullName.TryGetValue(family, out var copies) ? copies.Where(f => f.IsBold || !bold).FirstOrDefault(Usable) : null;
    }
}
