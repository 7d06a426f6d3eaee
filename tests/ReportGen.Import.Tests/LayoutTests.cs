using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>
/// The reference department's workbook in the layouts real exports use: each is read to the same
/// figures and the same document as the reference data file.
/// </summary>
public sealed class LayoutTests : IDisposable
{
    private readonly ImportRun _run = new();

    public void Dispose() => _run.Dispose();

    /// <summary>Shanghai-style sheet names ("3.15部门收支总表").</summary>
    private static readonly Dictionary<string, string> ShanghaiNames = new()
    {
        ["表一"] = "3.15部门收支总表", ["表二"] = "3.16部门收入总表", ["表三"] = "3.17部门支出总表", ["表四"] = "3.19部门财政拨款收支总表",
        ["表五"] = "3.21部门一般公共预算支出功能分类预算表", ["表六"] = "3.22一般公共预算基本支出部门经济分类",
        ["表七"] = "3.23一般公共预算基本支出政府经济分类", ["表八"] = "3.24一般公共预算项目支出部门经济分类",
        ["表九"] = "3.25一般公共预算项目支出政府经济分类", ["表十"] = "3.26一般公共预算三公经费支出表",
        ["表十一"] = "3.27政府性基金预算支出表", ["表十二"] = "3.28国有资本经营预算支出表", ["表十三"] = "3.29部门项目支出明细表",
        ["表十四"] = "3.30部门政府采购预算表", ["表十五"] = "3.31部门整体绩效目标表", ["表十六"] = "3.32重点项目绩效目标表",
        ["表十七"] = "3.33一般项目绩效目标表",
    };

    /// <summary>"5.一般公共预算财政拨款支出预算表": the table's number and its title without year and district.</summary>
    private static string ShortName(string number, string title)
    {
        var name = title[(title.IndexOf("部门", StringComparison.Ordinal) + 2)..].Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);
        var index = Array.IndexOf(ShanghaiNames.Keys.ToArray(), number) + 1;
        return $"{index}.{name[..Math.Min(name.Length, 26)]}";
    }

    public static TheoryData<string> Layouts => [.. Variants.Keys];

    private static readonly Dictionary<string, Layout> Variants = new()
    {
        ["published"] = Layout.Published,
        ["split-codes"] = new Layout { SplitCodes = true },
        ["totals-at-bottom"] = new Layout { TotalsAtBottom = true },
        ["zero-0"] = new Layout { Zero = "0" },
        ["zero-0.00"] = new Layout { Zero = "0.00" },
        ["zero-dash"] = new Layout { Zero = "-" },
        ["zero-number"] = new Layout { Zero = "num" },
        ["amounts-as-text"] = new Layout { AmountsAsText = true },
        ["codes-as-numbers"] = new Layout { CodesAsNumbers = true },
        ["footers"] = new Layout { Footers = true },
        ["captions-one-row"] = new Layout { CaptionsOnOneRow = true },
        ["offset"] = new Layout { Offset = 2 },
        ["sheet-named-by-title"] = new Layout { SheetName = ShortName },
        ["generic-sheet-names"] = new Layout { SheetName = (n, _) => "Sheet" + n },
        ["shanghai-names-no-titles"] = new Layout { Titles = false, SheetName = (n, _) => ShanghaiNames[n] },
        ["shanghai"] = new Layout { Titles = false, SheetName = (n, _) => ShanghaiNames[n], SplitCodes = true, TotalsAtBottom = true, Zero = "0", CaptionsOnOneRow = true, Footers = true },
        ["unmerged"] = new Layout { Unmerged = true },
        ["unmerged-shanghai"] = new Layout { Unmerged = true, SplitCodes = true, TotalsAtBottom = true, Titles = false, SheetName = (n, _) => ShanghaiNames[n] },
        ["xls"] = new Layout { Xls = true },
        ["xls-shanghai"] = new Layout { Xls = true, SplitCodes = true, TotalsAtBottom = true, Zero = "0.00", CodesAsNumbers = true, Footers = true },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Reference_in_layout_gives_every_figure_and_the_same_document(string layout)
    {
        var reference = Departments.Reference;
        var variant = Variants[layout];
        var path = _run.Workbook(reference, "yubei" + (variant.Xls ? ".xls" : ".xlsx"), variant);
        var result = ImportRun.Import(path, reference);
        Expect.Clean(result);
        Expect.SameFigures(Figures.Of(reference), Figures.Of(result.Report!));
        Assert.Equal(Departments.Text(reference), Departments.Text(result.Report!));
    }

    /// <summary>
    /// Sample departments (万元 and 元, 政府性基金, 国有资本经营, 事业收入, key projects, new items) in the
    /// published layout and with split codes. (Zeros stay blank here: a new item's last-year cell printed
    /// as 0 reads as a last year of 0, not as "new".)
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Sample_department_gives_every_figure(int index)
    {
        var sample = Departments.Sample(index);
        foreach (var (name, layout) in new[] { ("published", Layout.Published), ("split", new Layout { SplitCodes = true, TotalsAtBottom = true, CodesAsNumbers = true }) })
        {
            var path = _run.Workbook(sample, $"sample-{index}-{name}.xlsx", layout);
            var result = ImportRun.Import(path, sample);
            Expect.Clean(result);
            Expect.SameFigures(Figures.Of(sample), Figures.Of(result.Report!));
        }
    }

    /// <summary>Line wraps inside cells (a space or a line break between Chinese characters) do not change the text read.</summary>
    [Fact]
    public void Wrapped_cell_text_reads_as_one_line()
    {
        var reference = Departments.Reference;
        var path = _run.Workbook(reference, "wrapped.xlsx", edit: wb =>
        {
            var sheet = wb.GetSheet("表十七");
            for (var r = 0; r <= sheet.LastRowNum; r++)
            {
                foreach (var cell in sheet.GetRow(r)?.Cells ?? [])
                {
                    if (cell.CellType == NPOI.SS.UserModel.CellType.String && cell.StringCellValue.StartsWith("产出指标时效指标", StringComparison.Ordinal))
                    {
                        cell.SetCellValue(cell.StringCellValue.Replace("产出指标时效指标", "产出指标时效指标 ", StringComparison.Ordinal));
                    }
                    if (cell.CellType == NPOI.SS.UserModel.CellType.String && cell.StringCellValue.StartsWith("满意度指标服务对象", StringComparison.Ordinal))
                    {
                        cell.SetCellValue(cell.StringCellValue.Replace("满意度指标服务对象", "满意度指标服务对象\n", StringComparison.Ordinal));
                    }
                }
            }
        });
        var result = ImportRun.Import(path, reference);
        Expect.Clean(result);
        Expect.SameFigures(Figures.Of(reference), Figures.Of(result.Report!));
    }
}
