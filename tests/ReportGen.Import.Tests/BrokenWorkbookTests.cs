using NPOI.SS.UserModel;
using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>Broken copies of the reference workbook are refused with the sheet, the cell and the figures.</summary>
public sealed class BrokenWorkbookTests : IDisposable
{
    private readonly ImportRun _run = new();

    public void Dispose() => _run.Dispose();

    /// <summary>The cell of the row starting with <paramref name="key"/> in the given column (0 = the key's own column).</summary>
    internal static ICell Cell(IWorkbook wb, string sheet, string key, int column)
    {
        var s = wb.GetSheet(sheet);
        for (var r = 0; r <= s.LastRowNum; r++)
        {
            if (s.GetRow(r)?.Cells.FirstOrDefault(c => c.ToString()!.Length > 0) is { } first && first.ToString() == key)
            {
                return s.GetRow(r).GetCell(first.ColumnIndex + column) ?? s.GetRow(r).CreateCell(first.ColumnIndex + column);
            }
        }
        throw new InvalidOperationException($"{key} not in {sheet}");
    }

    private ImportResult Import(Action<IWorkbook> edit, Layout? layout = null)
    {
        var reference = Departments.Reference;
        var path = _run.Workbook(reference, layout?.Xls == true ? "yubei.xls" : "yubei.xlsx", layout, edit);
        return ImportRun.Import(path, reference);
    }

    [Fact]
    public void One_amount_changed_is_reported_at_its_cell_and_at_every_total_above_it()
    {
        var result = Import(wb => Cell(wb, "表三", "2010301", 3).SetCellValue(2399071.27));
        Assert.True(result.HasErrors);
        Assert.Equal(
            """
            yubei.xlsx:表三!D7: 错误: “20103 政府办公厅（室）及相关机构事务”的基本支出应为 3,881,692.03 元（下级科目之和），实际为 3,881,691.03 元，相差 1.00 元
            yubei.xlsx:表三!C8: 错误: “2010301 行政运行”的总计应为 2,399,071.27 元（基本支出+项目支出），实际为 2,399,070.27 元，相差 1.00 元
            yubei.xlsx:表三!D8: 错误: “2010301 行政运行”的基本支出在表三中为 2,399,071.27 元，表五、表十一、表十二中合计为 2,399,070.27 元，相差 1.00 元；表二中没有其他资金来源能说明这一差额
            """.ReplaceLineEndings("\n"), ImportRun.Messages(result));
    }

    [Fact]
    public void A_missing_sheet_is_named_with_what_it_holds()
    {
        var result = Import(wb => wb.RemoveSheetAt(wb.GetSheetIndex("表五")));
        Assert.StartsWith(
            "yubei.xlsx: 错误: 工作簿中没有找到表五（部门一般公共预算财政拨款支出预算表）：一般公共预算的支出和上年预算数来自此表（按工作表名“表五”或表标题查找，已找到：表一、表二、表三、表四、表六、表七、表八、表九、表十、表十一、表十二、表十三、表十四、表十五、表十六、表十七）",
            ImportRun.Messages(result));
    }

    [Fact]
    public void Text_in_an_amount_cell_is_reported_at_its_cell()
    {
        var result = Import(wb => Cell(wb, "表六", "30101", 2).SetCellValue("八十九万"));
        Assert.StartsWith("yubei.xlsx:表六!C9: 错误: “30101”的总计应为金额，单元格中是文字“八十九万”", ImportRun.Messages(result));
    }

    [Fact]
    public void A_total_that_does_not_add_up_is_reported_with_both_figures()
    {
        var result = Import(wb => Cell(wb, "表三", "合计", 3).SetCellValue(4995500.55));
        Assert.Equal("yubei.xlsx:表三!D5: 错误: “合计”行的基本支出应为 4,995,499.55 元（各类之和），实际为 4,995,500.55 元，相差 1.00 元",
            ImportRun.Messages(result).Split('\n')[0]);
    }

    [Fact]
    public void Broken_xls_is_reported_at_its_cell_too()
    {
        var result = Import(wb => Cell(wb, "表十四", "130", 5).SetCellValue(1200001.00), new Layout { Xls = true });
        Assert.Contains("yubei.xls:表十四!F5: 错误: 政府采购“合计”应为 1,200,001.00 元（各采购项目之和），实际为 1,200,000.00 元，相差 1.00 元", ImportRun.Messages(result));
        Assert.Contains("yubei.xls:表十四!F6: 错误: 政府采购合计应为 1,200,000.00 元（货物类+工程类+服务类），实际为 1,200,001.00 元，相差 1.00 元", ImportRun.Messages(result));
    }

    /// <summary>The reference document's own published 表十 2023 column (see notes/domain.md) is refused.</summary>
    [Fact]
    public void The_published_wrong_three_public_column_is_refused()
    {
        var result = Import(wb =>
        {
            double[] published = [75995417.76, 2000000, 68780001.76, 6000000, 62780001.76, 5215416];
            for (var i = 0; i < published.Length; i++)
            {
                Cell(wb, "表十", "87500", 6 + i).SetCellValue(published[i]);
            }
        });
        Assert.Equal("yubei.xlsx:表十!G7: 错误: 2023年“三公”经费合计 75,995,417.76 元超过2023年一般公共预算财政拨款支出 18,439,531.54 元，超出 57,555,886.22 元（“三公”经费由一般公共预算财政拨款安排，不能超过它）", ImportRun.Messages(result));
    }
}
