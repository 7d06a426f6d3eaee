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

    public static TheoryData<string> Damages => ["glyf-zeroed", "glyf-random", "hmtx-zeroed", "truncated", "cmap-zeroed", "cmap-outside"];

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
            case "cmap-zeroed":
                // The character map holds nothing: the face passed (nothing to check) and drew nothing.
                var (cmapOffset, cmapLength) = Table(font, "cmap");
                Array.Clear(font, cmapOffset, cmapLength);
                return font;
            case "cmap-outside":
                BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(Record(font, "cmap") + 8), (uint)font.Length + 100);
                return font;
            default:
                return font[..(glyfOffset + glyfLength / 3)];
        }
    }

    private static (int Offset, int Length) Table(byte[] font, string tag)
    {
        var record = font.AsSpan(Record(font, tag), 16);
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
    }

    /// <summary>Where the table record of <paramref name="tag"/> starts in a single-face font file.</summary>
    private static int Record(byte[] font, string tag, int face = 0)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(face + 4));
        for (var i = 0; i < count; i++)
        {
            if (System.Text.Encoding.ASCII.GetString(font, face + 12 + 16 * i, 4) == tag)
            {
                return face + 12 + 16 * i;
            }
        }
        throw new InvalidDataException(tag);
    }

    [Fact]
    public void A_damaged_copy_of_a_face_named_by_its_full_name_gives_way_to_the_sound_copy()
    {
        // "Noto Serif CJK SC Bold" is a full face name (the title role): a damaged copy found first used to
        // leave the role to the next family (a regular weight for the title).
        const string Collection = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc";
        var font = File.ReadAllBytes(Collection);
        var sc = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(12 + 4 * 2));
        Array.Clear(font, (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(Record(font, "cmap", sc) + 8)), 64);
        var path = Path.Combine(_dir, "NotoSerifCJK-Bold.ttc");
        File.WriteAllBytes(path, font);
        var style = Samples.FreeTrueTypeStyle with
        {
            Fonts = Samples.FreeTrueTypeStyle.Fonts.ToDictionary(kv => kv.Key, kv => kv.Key == "body" ? kv.Value with { Families = ["Noto Serif CJK SC Bold", "LXGW WenKai"] } : kv.Value),
        };
        var document = Samples.Doc(Samples.Body(Samples.Sentence));

        using var renderer = new PdfRenderer();
        using var damaged = new MemoryStream();
        var result = renderer.Render(document, style, damaged, Fixed with { FontDirectories = [_dir] });
        using var clean = new MemoryStream();
        Shared.Renderer.Render(document, style, clean, Fixed);

        Assert.Equal($"字体文件 {path}（Noto Serif CJK SC，第 3 个字体）已损坏，已跳过：字符映射表（cmap）已损坏：其中没有任何字符", Assert.Single(result.Warnings));
        Assert.Equal(clean.ToArray(), damaged.ToArray());
    }

    [Fact]
    public async Task A_font_file_that_is_a_fifo_or_a_device_is_skipped_with_its_reason_without_opening_it()
    {
        var fifo = Path.Combine(_dir, "fifo.ttf");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }
        var device = Path.Combine(_dir, "zero.otf");
        File.CreateSymbolicLink(device, "/dev/zero");
        var document = Samples.Doc(Samples.Body(Samples.Sentence));

        using var renderer = new PdfRenderer();
        using var pdf = new MemoryStream();
        // Opening the FIFO would wait for a writer forever: the render must finish at all.
        var result = await Task.Run(() => renderer.Render(document, Samples.FreeTrueTypeStyle, pdf, Fixed with { FontDirectories = [_dir] }))
            .WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(
            [$"字体文件 {fifo} 无法读取（这是一个命名管道（FIFO），不是普通文件），已跳过", $"字体文件 {device} 无法读取（这是一个设备文件，不是普通文件），已跳过"],
            result.Warnings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_font_reached_through_a_symbolic_link_is_read_whole()
    {
        // Debian installs fonts through /etc/alternatives links; the mapping took the link's own length
        // (a few bytes), so such a face covered nothing and HanaMinA was never used.
        File.CreateSymbolicLink(Path.Combine(_dir, "linked.ttf"), Source);
        using var library = new FontLibrary();
        var info = library.Catalog([_dir]).Find("LXGW WenKai", false)!;

        Assert.Equal(Path.Combine(_dir, "linked.ttf"), info.Path);
        var face = library.Open(info);
        Assert.True(face.Covers('预'));
        Assert.Null(FontFaceCheck.Problem(face));
    }
}
