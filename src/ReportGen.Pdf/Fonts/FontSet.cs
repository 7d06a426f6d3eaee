using System.Collections.Concurrent;
using ReportGen.Core.Styling;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// The face chains of a style sheet's roles in one font catalog. Resolution is cheap and cached;
/// the faces themselves come from the <see cref="FontLibrary"/> and stay open for the batch.
/// </summary>
internal sealed class FontSet(StyleSheet style, FontCatalog catalog, FontLibrary library)
{
    private readonly ConcurrentDictionary<(string Role, bool Bold), FaceChain> _chains = new();

    public StyleSheet Style { get; } = style;

    /// <summary>The size in points of <paramref name="role"/>.</summary>
    public float Size(string role) => (float)Role(role).SizePt;

    /// <summary>
    /// The tracking of <paramref name="role"/>: text of the body size is spaced so that
    /// <c>body.charsPerLine</c> characters fill the portrait text block (GB/T 9704: 28 per line);
    /// other sizes keep their natural spacing.
    /// </summary>
    public float Tracking(string role)
    {
        var body = Size(FontRoleNames.Body);
        if (Style.Body.CharsPerLine <= 0 || Math.Abs(Size(role) - body) > 0.01f)
        {
            return 0f;
        }
        var block = Layout.PageGeometry.For(Style.Page, Core.Documents.PageOrientation.Portrait).BlockWidth;
        return block / (float)Style.Body.CharsPerLine - body;
    }

    /// <summary>The text style of <paramref name="role"/>: its chain (bold when asked), size and tracking.</summary>
    public Layout.Text.TextStyle Text(string role, bool bold = false) => new(Chain(role, bold), Size(role), Tracking(role));

    /// <summary>The width of one character of <paramref name="role"/>: what indents "in characters" count in.</summary>
    public float CharWidth(string role) => Size(role) + Tracking(role);

    /// <summary>
    /// The chain of <paramref name="role"/>, bold when the role or the caller asks for it. Bold uses
    /// the families' real bold faces; when the role's first installed family has none, the chain of
    /// <see cref="FontRoles.BoldStandIn"/> is used instead (never fake bold).
    /// </summary>
    public FaceChain Chain(string role, bool bold = false) =>
        _chains.GetOrAdd((role, bold || Role(role).Bold), key => Resolve(key.Role, key.Bold));

    private FontRole Role(string role) => role switch
    {
        FontRoleNames.TableSubtitle => Style.FontOr(role, FontRoleNames.Caption),
        _ => Style.Font(role),
    };

    private FaceChain Resolve(string role, bool bold)
    {
        var spec = Role(role);
        var regular = Faces(spec.Families, false);
        if (regular.Count == 0 && Faces(spec.Families, true).Count == 0)
        {
            throw new FontNotFoundException(role, spec.Families);
        }
        var latin = Faces(spec.LatinFamilies, bold);
        if (!bold)
        {
            return new FaceChain(role, spec.Families, regular, latin.Count > 0 ? latin : Faces(spec.LatinFamilies, false));
        }
        var primary = spec.Families.First(f => catalog.Find(f, false) is not null || catalog.Find(f, true) is not null);
        if (catalog.Find(primary, true) is null)
        {
            var standIn = FontRoles.BoldStandIn(role);
            return standIn == role ? Chain(role) : Chain(standIn);
        }
        // Bold faces first; the regular faces after them only cover what no bold face has.
        var faces = Faces(spec.Families, true).Concat(regular).Distinct().ToList();
        return new FaceChain(role, spec.Families, faces, latin);
    }

    private List<FontFace> Faces(IEnumerable<string> families, bool bold) =>
        families.Select(f => catalog.Find(f, bold)).OfType<FontFaceInfo>().Distinct().Select(library.Open).ToList();
}
