using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Layout.Text;

/// <summary>
/// One character ready for layout: the face that sets it, its size and advance in points, and the
/// font role it is set in. <see cref="Shift"/> moves the mark left of its place (an opening
/// bracket set half-width draws its ink where its blank half was).
/// </summary>
internal readonly record struct Glyph(int CodePoint, FontFace Face, float Size, float Advance, CharClass Class, string Role = "", float Shift = 0f)
{
    /// <summary>How much of the advance can still be taken out at a line end (the blank half of a closing mark).</summary>
    public float EndShrink => (Class & CharClass.HalfAfter) != 0 ? Size / 2 : 0f;

    /// <summary>How much can be taken out at a line start (the blank half of an opening mark).</summary>
    public float StartShrink => (Class & CharClass.HalfBefore) != 0 ? Size / 2 : 0f;

    public bool IsSpace => (Class & CharClass.Space) != 0;

    public bool IsNewline => (Class & CharClass.Newline) != 0;
}
