using ReportGen.Core.Documents;
using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Layout;

/// <summary>Something drawn on a page. Coordinates in points, origin at the top left of the page.</summary>
internal abstract record DrawOp;

/// <summary>
/// Characters of one face and size on one baseline, each at its own x (justified text places
/// every character). <see cref="CodePoints"/> are Unicode scalar values; the painter maps them to
/// glyphs of whichever typeface it draws with (the subset in the PDF, the whole face in PNGs).
/// </summary>
internal sealed record TextOp(FontFace Face, float Size, float Baseline, int[] CodePoints, float[] Xs) : DrawOp
{
    /// <summary>The font role of the style sheet the characters are set in ("body", "table"…).</summary>
    public string Role { get; init; } = "";

    public string Text => string.Concat(CodePoints.Select(char.ConvertFromUtf32));
}

/// <summary>A straight rule (table borders).</summary>
internal sealed record RuleOp(float X1, float Y1, float X2, float Y2, float Width) : DrawOp;

/// <summary>A filled rectangle (header shading), colour as 0xRRGGBB.</summary>
internal sealed record FillOp(float X, float Y, float Width, float Height, uint Rgb) : DrawOp;

/// <summary>A place the outline points at: the <paramref name="OutlineIndex"/>-th entry of <see cref="Document.Outline"/>.</summary>
internal sealed record AnchorOp(int OutlineIndex, float X, float Y) : DrawOp;

/// <summary>One laid-out page: its geometry, number and what is drawn on it, in reading order.</summary>
internal sealed class LaidOutPage(int number, PageGeometry geometry)
{
    public int Number { get; } = number;

    public PageGeometry Geometry { get; } = geometry;

    public List<DrawOp> Ops { get; } = [];

    /// <summary>
    /// What is drawn on the sheet itself, not turned with a rotated page's content (its page
    /// number), in the coordinates of <see cref="PageGeometry.Paper"/>. Empty on other pages: their
    /// page numbers are in <see cref="Ops"/>.
    /// </summary>
    public List<DrawOp> PaperOps { get; } = [];

    /// <summary>Everything drawn on the page, content and sheet.</summary>
    public IEnumerable<DrawOp> AllOps => Ops.Concat(PaperOps);

    /// <summary>What the layout placed on the page, for geometry tests: (block index, top, bottom).</summary>
    public List<PlacedBlock> Blocks { get; } = [];
}

/// <summary>A block (or the part of it) placed on a page, for tests and diagnostics.</summary>
internal readonly record struct PlacedBlock(int BlockIndex, float Top, float Bottom, string Detail);

/// <summary>The result of layout: the pages, ready to be painted onto any canvas.</summary>
internal sealed record LaidOutDocument(Document Document, IReadOnlyList<LaidOutPage> Pages)
{
    /// <summary>The code points each face draws, headers, footers and page numbers included: what its subset must hold.</summary>
    public IReadOnlyDictionary<FontFace, SortedSet<int>> CodePointsByFace()
    {
        var result = new Dictionary<FontFace, SortedSet<int>>();
        foreach (var op in Pages.SelectMany(p => p.AllOps).OfType<TextOp>())
        {
            if (!result.TryGetValue(op.Face, out var set))
            {
                result[op.Face] = set = [];
            }
            set.UnionWith(op.CodePoints);
        }
        return result;
    }

    /// <summary>Per font role, the faces that set its characters and how many characters each set, most first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(FontFace Face, int Characters)>> FacesByRole() =>
        Pages.SelectMany(p => p.AllOps).OfType<TextOp>()
            .GroupBy(op => op.Role, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<(FontFace, int)>)g.GroupBy(op => op.Face)
                    .Select(f => (f.Key, f.Sum(op => op.CodePoints.Length)))
                    .OrderByDescending(f => f.Item2).ThenBy(f => f.Key.Info.Key, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
}
