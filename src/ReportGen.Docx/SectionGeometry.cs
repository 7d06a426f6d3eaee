using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Docx;

/// <summary>The page of one section in twips: size, margins, footer distance and the text block width.</summary>
internal sealed record SectionGeometry(
    PageOrientation Orientation,
    int PageWidth,
    int PageHeight,
    int Top,
    int Bottom,
    int Left,
    int Right,
    int Footer)
{
    public int TextWidth => PageWidth - Left - Right;

    public static SectionGeometry For(StyleSheet style, PageOrientation orientation)
    {
        var page = style.Page;
        var landscape = orientation == PageOrientation.Landscape;
        var p = page.Portrait;
        // Turned for print (GB/T 9704 §10.1): the block lands on the portrait block once the sheet is
        // turned back, head toward the left edge (as the PDF sets it).
        var margins = !landscape ? p
            : page.LandscapeTables == LandscapeTables.Rotated ? new Margins(p.LeftMm, p.RightMm, p.BottomMm, p.TopMm)
            : page.Landscape;
        // GB/T 9704: the page-number line starts FooterOffsetMm below the text block. Word measures
        // the footer from the bottom edge of the page to the bottom of the footer's (single) line.
        var footerPt = Units.MmToPoints(margins.BottomMm - page.FooterOffsetMm) - style.Font(FontRoleNames.PageNumber).SizePt;
        return new SectionGeometry(
            orientation,
            Units.MmToTwips(landscape ? page.HeightMm : page.WidthMm),
            Units.MmToTwips(landscape ? page.WidthMm : page.HeightMm),
            Units.MmToTwips(margins.TopMm),
            Units.MmToTwips(margins.BottomMm),
            Units.MmToTwips(margins.LeftMm),
            Units.MmToTwips(margins.RightMm),
            Math.Max(0, Units.Twips(footerPt)));
    }
}
