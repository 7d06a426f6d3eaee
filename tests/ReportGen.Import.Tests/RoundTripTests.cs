using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Import.Tests.Support;
using ReportGen.Xlsx;

namespace ReportGen.Import.Tests;

/// <summary>
/// The round trip of issue 9: <c>build --format xlsx</c> (the XLSX writer, from the same document model)
/// then <c>import</c> gives back every figure, for the reference department and for sample departments.
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly ImportRun _run = new();

    public void Dispose() => _run.Dispose();

    private string BuildXlsx(Core.Model.BudgetReport report, string name)
    {
        var path = Path.Combine(_run.Dir, name + ".xlsx");
        var style = StyleSheet.Load(Path.Combine(AppContext.BaseDirectory, "style.json"));
        using (var stream = File.Create(path))
        {
            new XlsxRenderer().Render(Departments.Document(report), style, stream, RenderOptions.Default);
        }
        return path;
    }

    [Fact]
    public void Reference_built_as_xlsx_imports_to_the_same_figures_and_document()
    {
        var reference = Departments.Reference;
        var result = ImportRun.Import(BuildXlsx(reference, "yubei-zwfw-2024"), reference);
        Expect.Clean(result);
        Expect.SameFigures(Figures.Of(reference), Figures.Of(result.Report!));
        Assert.Equal(Departments.Text(reference), Departments.Text(result.Report!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void Sample_built_as_xlsx_imports_to_the_same_figures(int index)
    {
        var sample = Departments.Sample(index);
        var result = ImportRun.Import(BuildXlsx(sample, $"sample-{index:000}"), sample);
        Expect.Clean(result);
        Expect.SameFigures(Figures.Of(sample), Figures.Of(result.Report!));
        Assert.Equal(Departments.Text(sample), Departments.Text(result.Report!));
    }
}
