using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>
/// The key acceptance: a workbook of the reference department in the published 重庆 layout, imported
/// with the reference data file as --text, gives back every figure, and the same document.
/// </summary>
public sealed class ReferenceImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rg-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Published_layout_with_text_gives_every_figure_and_the_same_document()
    {
        var reference = Departments.Reference;
        var path = TestWorkbook.Write(Departments.Document(reference), Path.Combine(_dir, "yubei.xlsx"));
        var result = WorkbookImporter.Import(path, "yubei.xlsx", reference);
        Assert.Equal("", string.Join("\n", result.Diagnostics));
        Assert.Equal("", string.Join("\n", result.Missing));
        Assert.Equal(Figures.Of(reference), Figures.Of(result.Report!));
        Assert.Equal(Departments.Text(reference), Departments.Text(result.Report!));
    }
}
