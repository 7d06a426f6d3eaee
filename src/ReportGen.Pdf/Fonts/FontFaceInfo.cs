namespace ReportGen.Pdf.Fonts;

/// <summary>
/// One face of a font file as found by a scan: where it is (file and index inside a collection),
/// the family names it answers to (all languages of the name table), its weight and style.
/// </summary>
internal sealed record FontFaceInfo(
    string Path,
    int Index,
    IReadOnlyList<string> Families,
    IReadOnlyList<string> FullNames,
    int Weight,
    bool Italic,
    bool Cff)
{
    /// <summary>
    /// Where the baseline sits in the face's em box, as a fraction of the em from its top (OS/2
    /// typographic ascender over ascender minus descender): 0.88 for the CJK fonts, whose em box
    /// is the ideographic frame. Lines centre the em box in their pitch.
    /// </summary>
    public float AscentRatio { get; init; } = 0.88f;

    /// <summary>The PostScript name (name ID 6), what a PDF calls the font; empty when the font has none.</summary>
    public string PostScriptName { get; init; } = "";

    /// <summary>The source the file belongs to when it is not a file on disk (a font built into the program), else null.</summary>
    public IFontSource? Source { get; init; }

    public bool IsBold => Weight >= 600;

    /// <summary>A short name for messages and tests, e.g. "NotoSerifCJK-Regular.ttc#2".</summary>
    public string Key => System.IO.Path.GetFileName(Path) + "#" + Index;

    /// <summary>The first family name: what messages show.</summary>
    public string Family => Families.Count > 0 ? Families[0] : Key;
}
