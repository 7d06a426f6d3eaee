using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Pdf.Layout;

/// <summary>A page's size and text block (版心) in points, origin top left, y downwards.</summary>
internal sealed record PageGeometry(PageOrientation Orientation, float Width, float Height, float Left, float Top, float Right, float Bottom)
{
    public float BlockWidth => Right - Left;

    public float BlockHeight => Bottom - Top;

    /// <summary>The geometry of a page of <paramref name="orientation"/>: landscape turns the paper and uses the landscape margins.</summary>
    public static PageGeometry For(PageStyle page, PageOrientation orientation)
    {
        var portrait = orientation == PageOrientation.Portrait;
        var width = Units.Mm(portrait ? page.WidthMm : page.HeightMm);
        var height = Units.Mm(portrait ? page.HeightMm : page.WidthMm);
        var m = portrait ? page.Portrait : page.Landscape;
        return new PageGeometry(orientation, width, height, Units.Mm(m.LeftMm), Units.Mm(m.TopMm), width - Units.Mm(m.RightMm), height - Units.Mm(m.BottomMm));
    }
}
