using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Layout.Text;

/// <summary>One character ready for layout: the face that sets it, its size and advance in points, and the font role it is set in.</summary>
internal readonly record struct Glyph(int CodePoint, FontFace Face, float Size, float Advance, CharClass Class, string Role = "")
{
    public bool IsSpace => (Class & CharClass.Space) != 0;

    public bool IsNewline => (Class & CharClass.Newline) != 0;
}
