using System.Buffers.Binary;
using ReportGen.Core.Rendering;
using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// A damaged font file in a fonts folder is found (its names and character map survive) but never
/// trusted: it is reported by file name and skipped, and the document comes out exactly as without
/// it. No sound face installed here is taken for a damaged one.
/// </summary>
public sealed class FontFaceCheckTests : IDisposable
{
    private const string Source = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";
    private static readonly RenderOptions Fixed = new() { Timestamp = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };
    private readonly string _dir = Directory.CreateTempSubdirectory("rg-fonts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Damages => ["glyf-zeroed", "glyf-random", "hmtx-zeroed", "truncated"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_face_is_reported_by_file_and_skipped_and_the_pdf_is_as_without_it(string damage)
    {
        var path = Path.Combine(_dir, damage + ".ttf");
        File.WriteAllBytes(path, Damage(File.ReadAllBytes(Source), damage));
        var document = Samples.Doc(Samples.Body(Samples.Sentence), Samples.Body("一、部门预算情况说明（楷体标题）"));

        using var renderer = new PdfRenderer();
        using var damaged = new MemoryStream();
        var result = renderer.Render(document, Samples.FreeTrueTypeStyle, damaged, Fixed with { FontDirectories = [_dir] });
        using var clean = new MemoryStream();
        Shared.Renderer.Render(document, Samples.FreeTrueTypeStyle, clean, Fixed);

        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith(damage == "truncated" ? $"字体文件 {path} 无法读取或已损坏" : $"字体文件 {path}（LXGW WenKai）已损坏，已跳过：", warning, StringComparison.Ordinal);
        Assert.Equal(clean.ToArray(), damaged.ToArray());
    }

    [Fact]
    public void Every_installed_face_the_style_sheet_names_passes_the_check()
    {
        using var library = new FontLibrary();
        var catalog = library.Catalog([]);
        var families = Samples.Style.Fonts.Values.SelectMany(f => f.Families.Concat(f.LatinFamilies)).Distinct().ToList();
        var checkedFaces = 0;
        foreach (var family in families)
        {
            foreach (var bold in new[] { false, true })
            {
                if (catalog.Find(family, bold) is { } info)
                {
                    Assert.Null(FontFaceCheck.Problem(library.Open(info)));
                    checkedFaces++;
                }
            }
        }
        Assert.True(checkedFaces >= 4, $"{checkedFaces} faces");
        Assert.Empty(catalog.Rejected);
    }

    [Fact]
    public void A_damaged_glyph_of_a_face_that_passed_is_drawn_by_the_next_face()
    {
        using var library = new FontLibrary();
        var face = library.Open(library.Catalog([]).Find("LXGW WenKai", false)!);

        Assert.True(face.Covers('预'));
        // A declared box that the parsed outline does not fill is damage.
        Assert.Equal("的轮廓与其声明的范围不符", FontFaceCheck.OutlineProblem('预', new HarfBuzzSharp.GlyphExtents { XBearing = 0, YBearing = 800, Width = 900, Height = -900 },
            new SkiaSharp.SKRect(400, 300, 500, 200), 1000, declaredBox: true));
        Assert.Equal("的轮廓无法解析", FontFaceCheck.OutlineProblem('预', default, null, 1000, declaredBox: false));
        Assert.Null(FontFaceCheck.OutlineProblem(' ', default, null, 1000, declaredBox: true));
    }

    /// <summary>The font file with one kind of damage.</summary>
    private static byte[] Damage(byte[] font, string damage)
    {
        var (glyfOffset, glyfLength) = Table(font, "glyf");
        switch (damage)
        {
            case "glyf-zeroed":
                Array.Clear(font, glyfOffset, glyfLength);
                return font;
            case "glyf-random":
                var random = new Random(1);
                for (var i = 0; i < glyfLength / 64; i++)
                {
                    font[glyfOffset + random.Next(glyfLength)] = (byte)random.Next(256);
                }
                return font;
            case "hmtx-zeroed":
                var (hmtxOffset, hmtxLength) = Table(font, "hmtx");
                Array.Clear(font, hmtxOffset, hmtxLength);
                return font;
            default:
                return font[..(glyfOffset + glyfLength / 3)];
        }
    }

    private static (int Offset, int Length) Table(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            if (System.Text.Encoding.ASCII.GetString(record[..4]) == tag)
            {
                return ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            }
        }
        throw new InvalidDataException(tag);
    }
}
