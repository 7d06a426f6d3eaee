using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Layout.Text;

/// <summary>One character ready for layout: the face that sets it, its size and advance in points.</summary>
internal readonly record struct Glyph(int CodePoint, FontFace Face, float Size, float Advance, CharClass Class)
{
    public bool IsSpace => (Class & CharClass.Space) != 0;

    public bool IsNewline => (Class & CharClass.Newline) != 0;
}
