namespace ReportGen.Pdf.Layout;

internal enum TextAlign
{
    Left,
    Center,
    Right,
    /// <summary>Every line but the last fills the width; the last is set left.</summary>
    Justify,
}
