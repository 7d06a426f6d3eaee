using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Pdf.Layout;

/// <summary>A page's size and text block (版心) in points, origin top left, y downwards.</summary>
internal sealed record PageGeometry(PageOrientation Orientation, float Width, float Height, float Left, float Top, float Right, float Bottom)
{
    public float BlockWidth => Right - Left;

    public float BlockHeight => Bottom - Top;

    /// <summary>
    /// A landscape page set turned on portrait paper (<see cref="LandscapeTables.Rotated"/>): the
    /// layout is that of this landscape geometry; the sheet is <see cref="Paper"/>.
    /// </summary>
    public bool Rotated { get; init; }

    /// <summary>The portrait sheet a rotated page is printed on (the page number is placed on it); else this geometry.</summary>
    public PageGeometry Paper => PaperGeometry ?? this;

    private PageGeometry? PaperGeometry { get; init; }

    /// <summary>The geometry of a page of <paramref name="orientation"/>: landscape turns the paper and uses the landscape margins.</summary>
    public static PageGeometry For(PageStyle page, PageOrientation orientation)
    {
        if (orientation == PageOrientation.Landscape && page.LandscapeTables == LandscapeTables.Rotated)
        {
            // Turned a quarter with the head toward the left edge: the landscape top is the portrait
            // left, its left the portrait bottom; so the block lands exactly on the portrait 版心.
            var paper = For(page, PageOrientation.Portrait);
            var p = page.Portrait;
            return new PageGeometry(orientation, paper.Height, paper.Width,
                Units.Mm(p.BottomMm), Units.Mm(p.LeftMm), paper.Height - Units.Mm(p.TopMm), paper.Width - Units.Mm(p.RightMm))
            {
                Rotated = true,
                PaperGeometry = paper,
            };
        }
        var portrait = orientation == PageOrientation.Portrait;
        var width = Units.Mm(portrait ? page.WidthMm : page.HeightMm);
        var height = Units.Mm(portrait ? page.HeightMm : page.WidthMm);
        var m = portrait ? page.Portrait : page.Landscape;
        return new PageGeometry(orientation, width, height, Units.Mm(m.LeftMm), Units.Mm(m.TopMm), width - Units.Mm(m.RightMm), height - Units.Mm(m.BottomMm));
    }
}
