namespace ReportGen.Pdf.Fonts;

/// <summary>
/// The fonts of a set of folders, scanned once: family name → faces. Folders given first win, so a
/// fonts folder passed on the command line overrides a system font of the same family.
/// </summary>
internal sealed class FontCatalog
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc", ".otc"];

    private readonly Dictionary<string, List<FontFaceInfo>> _byFamily = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, FontFaceInfo> _byFullName = new(StringComparer.OrdinalIgnoreCase);

    public FontCatalog(IEnumerable<FontFaceInfo> faces)
    {
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
                _byFullName.TryAdd(full, face);
            }
        }
    }

    public int FamilyCount => _byFamily.Count;

    /// <summary>Scans <paramref name="directories"/> (recursively) in order; unreadable files are skipped.</summary>
    public static FontCatalog Scan(IEnumerable<string> directories)
    {
        var faces = new List<FontFaceInfo>();
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
                try
                {
                    faces.AddRange(SfntReader.ReadFaces(file));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or EndOfStreamException)
                {
                    // A damaged or unreadable font file is not an error of the document: skip it.
                }
            }
        }
        return new FontCatalog(faces);
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
            // Stable: among equals the first found (user folders first) wins.
            return candidates.OrderBy(f => f.Italic).ThenBy(f => Math.Abs(f.Weight - target)).First();
        }
        // A full face name is that face: "Noto Serif CJK SC Bold" sets regular text of its role in
        // the bold face (a heavy Song standing in for 小标宋); bold text asks for a bold face.
        return _byFullName.TryGetValue(family, out var face) && (face.IsBold || !bold) ? face : null;
    }
}
