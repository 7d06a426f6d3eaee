using System.Runtime.CompilerServices;
using ReportGen.Core.Documents;
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

    private static Document Document() => Samples.Doc(
        new TitleBlock(["重庆市渝北区政务服务管理办公室", "2024年部门预算情况说明"]),
        new Heading(1, "一、", "单位基本情况"),
        new Heading(2, "（一）", "职能职责"),
        Samples.Body("一是贯彻执行深化“放管服”改革、加强政府职能转变、规范政务服务管理、深入推进审批服务便民化和“互联网+政务服务”的法律、法规和规章，组织拟定相关措施和规范性文件，并监督实施。二是组织拟定全区政务服务体系建设规划和管理办法。"),
        new Heading(1, "二、", "部门预算总体情况"),
        new Paragraph([new Run("（一）收入预算：", InlineHeadingLevel: 2), new Run(Samples.Sentence)]),
        Samples.Table(30, "表三", startOnNewPage: true),
        new SectionBreak(PageOrientation.Landscape),
        Samples.Table(8, "表十", startOnNewPage: true));

    [Theory]
    [InlineData(0, "text-page")]
    [InlineData(1, "table-page")]
    [InlineData(3, "landscape-page")]
    public void Page_looks_as_reviewed(int pageIndex, string name)
    {
        var png = Shared.Renderer.RenderPng(Document(), Samples.FreeStyle, pageIndex, Dpi);
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
