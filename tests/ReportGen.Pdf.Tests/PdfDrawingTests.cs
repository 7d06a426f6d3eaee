using System.Diagnostics;
using SkiaSharp;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// The PDF draws what the layout drew: poppler (a reader we did not write) renders the PDF, Skia
/// renders the display list, and the dark pixels of each must be matched by dark pixels of the
/// other within one pixel. A wrong glyph (a CID mapped to another character), a missing rule or a
/// shifted line fails this even when the extracted text is right.
/// </summary>
public class PdfDrawingTests
{
    private const int Dpi = 100;

    [Theory]
    [InlineData(0)] // title, headings in three faces, justified body text
    [InlineData(1)] // a table with merged header cells, bold total row, indented names
    [InlineData(3)] // a landscape page
    public void Poppler_renders_the_pdf_as_the_layout_drew_it(int pageIndex)
    {
        var doc = Samples.FourPages();
        var pdf = PdfProbe.Render(doc, Samples.FreeStyle);
        using var expected = SKBitmap.Decode(Shared.Renderer.RenderPng(doc, Samples.FreeStyle, pageIndex, Dpi));
        using var actual = SKBitmap.Decode(Poppler(pdf, pageIndex + 1));
        var (unmatched, dark) = Unmatched(expected, actual);
        var (unmatchedBack, darkBack) = Unmatched(actual, expected);
        Assert.True(dark > 1000, $"the page has content ({dark} dark pixels)");
        Assert.True(unmatched <= dark / 200, $"{unmatched} of {dark} dark layout pixels have no dark PDF pixel near them");
        Assert.True(unmatchedBack <= darkBack / 200, $"{unmatchedBack} of {darkBack} dark PDF pixels have no dark layout pixel near them");
    }

    private static byte[] Poppler(byte[] pdf, int page)
    {
        var dir = Directory.CreateTempSubdirectory("reportgen-poppler").FullName;
        try
        {
            var file = Path.Combine(dir, "in.pdf");
            File.WriteAllBytes(file, pdf);
            var args = new[] { "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", "-singlefile", file, Path.Combine(dir, "out") };
            using var process = Process.Start(new ProcessStartInfo("pdftoppm", args) { UseShellExecute = false, RedirectStandardError = true })
                ?? throw new InvalidOperationException("pdftoppm (poppler-utils) is needed by this test");
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0 && errors.Length == 0, errors);
            return File.ReadAllBytes(Path.Combine(dir, "out.png"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Dark pixels of <paramref name="a"/> with no dark pixel of <paramref name="b"/> within one pixel.</summary>
    private static (int Unmatched, int Dark) Unmatched(SKBitmap a, SKBitmap b)
    {
        var w = Math.Min(a.Width, b.Width);
        var h = Math.Min(a.Height, b.Height);
        int unmatched = 0, dark = 0;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                if (Luma(a.GetPixel(x, y)) >= 110)
                {
                    continue;
                }
                dark++;
                var found = false;
                for (var dy = -1; dy <= 1 && !found; dy++)
                {
                    for (var dx = -1; dx <= 1 && !found; dx++)
                    {
                        var xx = x + dx;
                        var yy = y + dy;
                        found = xx >= 0 && yy >= 0 && xx < w && yy < h && Luma(b.GetPixel(xx, yy)) < 170;
                    }
                }
                if (!found)
                {
                    unmatched++;
                }
            }
        }
        return (unmatched, dark);
    }

    private static int Luma(SKColor c) => (c.Red * 299 + c.Green * 587 + c.Blue * 114) / 1000;
}
