using System.Globalization;
using ReportGen.Core.Styling;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Layout;

/// <summary>
/// Page numbers per GB/T 9704: "— N —" in the page-number font below the text block, the dash's
/// top <c>footerOffsetMm</c> (7 mm) under the block's lower edge; odd pages right and even pages
/// left, one character in from the block's edge. Numbers run on across orientation changes.
/// </summary>
internal static class PageNumbers
{
    public static void Draw(IReadOnlyList<LaidOutPage> pages, FontSet fonts)
    {
        var style = fonts.Style;
        var chain = fonts.Chain(FontRoleNames.PageNumber);
        var size = fonts.Size(FontRoleNames.PageNumber);
        foreach (var page in pages)
        {
            var text = string.Format(CultureInfo.InvariantCulture, style.PageNumber.Format, page.Number);
            var glyphs = TextShaper.Shape(text, fonts.Text(FontRoleNames.PageNumber), () => $"第{page.Number}页的页码");
            if (glyphs.Length == 0)
            {
                continue;
            }
            // A rotated page's number sits on its portrait sheet, where every other page has it.
            var g = page.Geometry.Paper;
            var width = TextShaper.Width(glyphs);
            var inset = (float)style.PageNumber.OuterIndentChars * size;
            var x = !style.PageNumber.MirrorOddEven
                ? g.Left + (g.BlockWidth - width) / 2
                : page.Number % 2 == 1 ? g.Right - inset - width : g.Left + inset;
            // The top of the first mark (the dash) hangs footerOffsetMm below the text block.
            var first = glyphs.First(gl => !gl.IsSpace);
            var top = first.Face.GlyphTop(first.CodePoint) * size;
            if (top <= 0)
            {
                top = first.Face.Info.AscentRatio * size;
            }
            var baseline = g.Bottom + Units.Mm(style.Page.FooterOffsetMm) + top;
            var line = new Line(0, glyphs.Length, glyphs.Length, width, true);
            new PageCanvas(page, onPaper: page.Geometry.Rotated).Text(glyphs, 0, glyphs.Length, LineBreaker.Positions(glyphs, line, 0), x, baseline);
        }
    }
}
