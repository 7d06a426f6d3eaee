using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Layout.Text;

/// <summary>
/// How a stretch of text is set: its face chain, size, and the tracking added to the advance of
/// every character (negative for body-size text, which the sheet packs 28 to a line whose width
/// holds 27.6 at natural spacing; the DOCX writer sets the same character spacing).
/// </summary>
internal sealed record TextStyle(FaceChain Chain, float Size, float Tracking = 0f);
