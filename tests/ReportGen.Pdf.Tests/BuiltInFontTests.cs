using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// Fonts built into the program (manifest resources, <see cref="EmbeddedFontSource"/>): found after every
/// folder, read in place, and a PDF set with them is the PDF set with the same files from a folder.
/// This test assembly carries FandolFang and FandolHei the way the published program carries its fonts.
/// </summary>
public sealed class BuiltInFontTests
{
    private const string FandolDir = "/usr/local/share/fonts/fandol";
    private static readonly RenderOptions Fixed = new() { Timestamp = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private static readonly StyleSheet FandolStyle = Samples.Style with
    {
        Fonts = Samples.Style.Fonts.ToDictionary(
            kv => kv.Key,
            kv => kv.Value with { Families = kv.Key is "heading1" or "tableHeader" ? ["FandolHei"] : ["FandolFang"], LatinFamilies = [] }),
    };

    private static EmbeddedFontSource Source => new(typeof(BuiltInFontTests).Assembly);

    [Fact]
    public void The_source_lists_its_fonts_under_the_built_in_name()
    {
        Assert.Equal(["内置字体/FandolFang-Regular.otf", "内置字体/FandolHei-Regular.otf"], Source.Files);
        // The Pdf assembly of a development build carries none.
        Assert.Null(EmbeddedFontSource.OfThisProgram);
    }

    [Fact]
    public void A_built_in_face_is_found_when_no_folder_has_it_and_an_installed_one_wins()
    {
        using var builtInOnly = new FontLibrary(() => [], Source);
        var face = builtInOnly.Catalog([]).Find("FandolFang", bold: false);
        Assert.NotNull(face);
        Assert.Equal("内置字体/FandolFang-Regular.otf", face.Path);
        Assert.NotNull(face.Source);
        Assert.True(builtInOnly.Open(face).Covers('预'));
        Assert.Null(builtInOnly.Catalog([]).Find("FandolKai", bold: false));

        using var installed = new FontLibrary(() => [FandolDir], Source);
        var found = installed.Catalog([]).Find("FandolFang", bold: false);
        Assert.Equal(Path.Combine(FandolDir, "FandolFang-Regular.otf"), found?.Path);
        Assert.Null(found?.Source);
    }

    [Fact]
    public void The_pdf_set_with_built_in_fonts_is_the_pdf_set_with_the_same_files_from_a_folder()
    {
        var document = Samples.Doc(Samples.Body(Samples.Sentence), Samples.Body("一、部门预算情况说明"));

        using var builtIn = new PdfRenderer(new FontLibrary(() => [], Source));
        using var fromBuiltIn = new MemoryStream();
        var result = builtIn.Render(document, FandolStyle, fromBuiltIn, Fixed);
        using var folder = new PdfRenderer(new FontLibrary(() => [FandolDir]));
        using var fromFolder = new MemoryStream();
        folder.Render(document, FandolStyle, fromFolder, Fixed);

        Assert.Empty(result.Warnings);
        Assert.True(fromBuiltIn.Length > 1000);
        Assert.Equal(fromFolder.ToArray(), fromBuiltIn.ToArray());
    }
}
