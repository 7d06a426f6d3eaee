using System.Runtime.CompilerServices;
using SkiaSharp;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// A few pages compared with reviewed PNGs (Snapshots/*.png, produced by this code and looked at):
/// a pixel differs when a channel differs by more than 8, and at most 0.05 % of pixels may differ.
/// On failure the actual image is written beside the expected one (*.actual.png) for review.
/// </summary>
public class SnapshotTests
{
    private const int Dpi = 50;

    [Theory]
    [InlineData(0, "text-page")]
    [InlineData(1, "table-page")]
    [InlineData(3, "landscape-page")]
    public void Page_looks_as_reviewed(int pageIndex, string name)
    {
        var png = Shared.Renderer.RenderPng(Samples.FourPages(), Samples.FreeStyle, pageIndex, Dpi);
        Compare(png, name);
    }

    private static void Compare(byte[] actualPng, string name, [CallerFilePath] string source = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(source)!, "Snapshots");
        var expectedPath = Path.Combine(folder, name + ".png");
        var actualPath = Path.Combine(folder, name + ".actual.png");
        if (!File.Exists(expectedPath))
        {
            File.WriteAllBytes(actualPath, actualPng);
            Assert.Fail($"No reviewed snapshot {expectedPath}; the actual image is {actualPath}.");
        }
        using var expected = SKBitmap.Decode(expectedPath);
        using var actual = SKBitmap.Decode(actualPng);
        var differing = expected.Width == actual.Width && expected.Height == actual.Height ? Differing(expected, actual) : long.MaxValue;
        var allowed = (long)(expected.Width * (long)expected.Height * 0.0005);
        if (differing > allowed)
        {
            File.WriteAllBytes(actualPath, actualPng);
            Assert.Fail($"{name}: {differing} pixels differ (at most {allowed} may); the actual image is {actualPath}.");
        }
        File.Delete(actualPath);
    }

    private static long Differing(SKBitmap a, SKBitmap b)
    {
        long count = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                if (Math.Abs(p.Red - q.Red) > 8 || Math.Abs(p.Green - q.Green) > 8 || Math.Abs(p.Blue - q.Blue) > 8 || Math.Abs(p.Alpha - q.Alpha) > 8)
                {
                    count++;
                }
            }
        }
        return count;
    }
}
