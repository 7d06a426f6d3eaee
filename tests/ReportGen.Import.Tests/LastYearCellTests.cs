using ReportGen.Core.Model;
using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>
/// A last-year cell means what it prints: blank is "no last-year budget" (a new item: the data file leaves
/// <c>lastYear</c> out and the document says 新增), a printed 0 — as a number or as text "0", "0.00", "-" — is a
/// last-year budget of zero (<c>lastYear: 0</c>; the document states the increase). docs/data-format.md: an
/// absent <c>lastYear</c> means "not known / new item".
/// </summary>
public sealed class LastYearCellTests : IDisposable
{
    private readonly ImportRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData(null, null)]
    [InlineData("num", 0)]
    [InlineData("0", 0)]
    [InlineData("0.00", 0)]
    [InlineData("-", 0)]
    public void A_new_items_last_year_cell_reads_as_printed(string? printed, int? expected)
    {
        var (sample, code) = SampleWithANewGeneralBudgetItem();
        var path = _run.Workbook(sample, "new-item.xlsx", edit: wb =>
        {
            if (printed is null)
            {
                return;
            }
            var sheet = wb.GetSheet("表五");
            var row = Enumerable.Range(0, sheet.LastRowNum + 1).Select(sheet.GetRow).Single(r => r?.GetCell(0)?.ToString() == code);
            var cell = row.GetCell(2) ?? row.CreateCell(2);
            Assert.Equal("", cell.ToString());
            if (printed == "num")
            {
                cell.SetCellValue(0d);
            }
            else
            {
                cell.SetCellValue(printed);
            }
        });

        var result = ImportRun.Import(path, sample);

        Assert.False(result.HasErrors, ImportRun.Messages(result));
        var leaf = result.Report!.Expenditure.Functional.SelectMany(Leaves).Single(l => l.Code == code && l.FundOrDefault == FundSource.GeneralBudget);
        Assert.Equal(expected, (int?)leaf.LastYear);
    }

    private static IEnumerable<FunctionalItem> Leaves(FunctionalItem item) => item.IsLeaf ? [item] : item.Children.SelectMany(Leaves);

    /// <summary>A sample whose 项 are all 一般公共预算 and one of them is new (no last-year figure).</summary>
    private static (BudgetReport Report, string Code) SampleWithANewGeneralBudgetItem()
    {
        for (var i = 0; i < 200; i++)
        {
            var sample = Departments.Sample(i);
            var leaves = sample.Expenditure.Functional.SelectMany(Leaves).ToList();
            if (leaves.All(l => l.FundOrDefault == FundSource.GeneralBudget) && leaves.FirstOrDefault(l => l.LastYear is null) is { } fresh
                && leaves.Count(l => l.Code == fresh.Code) == 1)
            {
                return (sample, fresh.Code);
            }
        }
        throw new InvalidOperationException("no sample with a new 一般公共预算 item");
    }
}
