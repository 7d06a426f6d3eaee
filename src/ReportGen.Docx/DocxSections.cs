using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Docx;

/// <summary>
/// Section properties: page size and orientation, margins, footer distance, the line grid and, on the first section only, the footer references;
/// later sections inherit them (Word's "link to previous"), so numbering and footers continue.
/// </summary>
internal static class DocxSections
{
    public const string DefaultFooterId = "rIdFooterDefault";
    public const string EvenFooterId = "rIdFooterEven";
    public const string RotatedFooterId = "rIdFooterRotated";
    public const string RotatedEvenFooterId = "rIdFooterRotatedEven";

    public static SectionProperties Properties(StyleSheet sheet, SectionGeometry page, bool first)
    {
        var sectPr = new SectionProperties();
        // With turned landscape tables every section names its footers (a portrait section after a
        // landscape one must not inherit the turned page numbers); otherwise the first only.
        var rotated = sheet.Page.LandscapeTables == LandscapeTables.Rotated;
        if (first || rotated)
        {
            var turned = rotated && page.Orientation == PageOrientation.Landscape;
            sectPr.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = turned ? RotatedFooterId : DefaultFooterId });
            if (sheet.PageNumber.MirrorOddEven)
            {
                sectPr.Append(new FooterReference { Type = HeaderFooterValues.Even, Id = turned ? RotatedEvenFooterId : EvenFooterId });
            }
        }
        sectPr.Append(new SectionType { Val = SectionMarkValues.NextPage });
        var size = new PageSize { Width = (uint)page.PageWidth, Height = (uint)page.PageHeight };
        if (page.Orientation == PageOrientation.Landscape)
        {
            size.Orient = PageOrientationValues.Landscape;
        }
        sectPr.Append(
            size,
            new PageMargin
            {
                Top = page.Top,
                Bottom = page.Bottom,
                Left = (uint)page.Left,
                Right = (uint)page.Right,
                Header = (uint)page.Footer,
                Footer = (uint)page.Footer,
                Gutter = 0,
            },
            new Columns { Space = "0" });
        // The line grid is for the narrative's 22 lines. A landscape section holds tables only, and
        // LibreOffice fits whole grid lines into a page body and centres them: 15 lines of 28.94 pt in
        // the 442 pt of a landscape body, 8 pt lost, and a table that fills the PDF's page took a
        // second page there (表五 of the reference).
        if (page.Orientation == PageOrientation.Portrait)
        {
            sectPr.Append(Grid(sheet));
        }
        return sectPr;
    }

    /// <summary>
    /// The document grid: lines only, at the body's line pitch (Word's page setup shows "22 lines per
    /// page"). Characters per line come from the body styles' character spacing (see
    /// <see cref="DocxFonts.Tracking"/>), not from a character grid: LibreOffice puts a 16 pt character
    /// into two cells of a 15.8 pt grid, which halves the line.
    /// </summary>
    private static DocGrid Grid(StyleSheet sheet) =>
        new() { Type = DocGridValues.Lines, LinePitch = Units.Twips(sheet.Body.LinePitchPt) };
}
