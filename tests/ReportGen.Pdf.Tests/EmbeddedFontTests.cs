using ReportGen.Core.Rendering;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf.Tests;

public class EmbeddedFontTests
{
    private static Fonts.FontFace Face(string role) => Shared.Renderer.Fonts(Samples.NotoStyle, RenderOptions.Default).Chain(role).Primary;

    private static Fonts.FontFace FreeFace(string role) => Shared.Renderer.Fonts(Samples.FreeStyle, RenderOptions.Default).Chain(role).Primary;

    [Fact]
    public void The_CFF_face_FandolFang_is_cut_to_the_characters_drawn_and_keeps_their_CIDs()
    {
        var face = FreeFace("body");
        Assert.Equal("FandolFang", face.Info.Family);
        Assert.True(face.Info.Cff);
        var font = new EmbeddedFont(face, [0x6536, 0x5165, 0x9884, 0x7B97], "F1"); // 收 入 预 算
        using var pdf = new MemoryStream();
        font.Write(new PdfObjectWriter(pdf));
        Assert.Equal(5, font.GlyphCount);
        // CID-keyed (Adobe-Identity): the code of each character is its glyph index in the whole face.
        Assert.All(new[] { 0x5165, 0x6536, 0x7B97, 0x9884 }, c => Assert.Equal(face.Glyph(c), font.Code(c)));
        Assert.Equal(1000, font.Width(font.Code(0x6536)));
        Assert.Matches("^[A-Z]{6}\\+FandolFang-Regular$", font.BaseFont);
    }

    [Fact]
    public void A_CFF_face_is_cut_to_the_characters_drawn_and_keeps_their_CIDs()
    {
        var face = Face("body"); // Noto Serif CJK SC: CID-keyed CFF, CID = glyph index of the whole font
        Assert.True(face.Info.Cff);
        var font = new EmbeddedFont(face, [0x4E00, 0x5165, 0x884C, 0x95E8], "F1"); // 一 入 行 门
        Assert.Equal(face.Glyph(0x4E00), font.Code(0x4E00));
        Assert.Equal(face.Glyph(0x95E8), font.Code(0x95E8));
        Assert.Equal(1000, font.Width(font.Code(0x884C)));
        using var pdf = new MemoryStream();
        var w = new PdfObjectWriter(pdf);
        font.Write(w);
        // The embedded CFF holds .notdef and the four glyphs, nothing else.
        Assert.Equal(5, font.GlyphCount);
        Assert.Matches("^[A-Z]{6}\\+NotoSerifCJKsc-Regular$", font.BaseFont);
    }

    [Fact]
    public void A_TrueType_face_is_cut_to_the_characters_drawn()
    {
        var face = Face("heading2"); // LXGW WenKai: TrueType outlines
        Assert.False(face.Info.Cff);
        var font = new EmbeddedFont(face, [0x6536, 0x5165, 0x9884, 0x7B97], "F2"); // 收 入 预 算
        Assert.InRange(font.GlyphCount, 5, 8); // .notdef, the four, and any composite components
        Assert.NotEqual(font.Code(0x6536), font.Code(0x5165));
    }

    [Fact]
    public void The_subset_tag_is_the_same_for_the_same_characters_and_differs_otherwise()
    {
        var face = Face("body");
        var a = new EmbeddedFont(face, [0x4E00, 0x5165], "F1");
        var b = new EmbeddedFont(face, [0x4E00, 0x5165], "F1");
        var c = new EmbeddedFont(face, [0x4E00, 0x884C], "F1");
        Assert.Equal(a.BaseFont, b.BaseFont);
        Assert.NotEqual(a.BaseFont, c.BaseFont);
    }
}
