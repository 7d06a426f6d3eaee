using System.IO.Compression;
using System.Text;
using NPOI.SS.UserModel;
using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>
/// Workbooks a hostile user or a damaged disk makes (re-check of issue 12, 2026-11-29 evening): each ends in
/// one Chinese message with its place, never an internal error, an English fragment or a wait for ever.
/// </summary>
public sealed class HostileWorkbookTests : IDisposable
{
    private readonly ImportRun _run = new();

    public void Dispose() => _run.Dispose();

    private string Reference(Action<IWorkbook>? edit = null) => _run.Workbook(Departments.Reference, "yubei.xlsx", null, edit);

    private static ICell Cell(IWorkbook wb, string sheet, string key, int column) => BrokenWorkbookTests.Cell(wb, sheet, key, column);

    /// <summary>The workbook with the XML of its <paramref name="part"/> replaced by <paramref name="change"/>(old).</summary>
    private static void EditPart(string path, string part, Func<string, string> change)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part) ?? throw new InvalidOperationException(part);
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            xml = reader.ReadToEnd();
        }
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
        writer.Write(change(xml));
    }

    private static void NoEnglish(string message) =>
        Assert.DoesNotMatch("[A-Za-z]{4,}", message.Replace("Excel", "", StringComparison.Ordinal).Replace("xlsx", "", StringComparison.Ordinal).Replace("yubei", "", StringComparison.Ordinal));

    [Theory]
    [InlineData(1e308)]
    [InlineData(-1e29)]
    [InlineData(1e15)]
    public void An_amount_beyond_any_budget_is_an_error_at_its_cell(double amount)
    {
        var result = ImportRun.Import(Reference(wb => Cell(wb, "表三", "2010301", 3).SetCellValue(amount)));

        Assert.True(result.HasErrors);
        Assert.StartsWith($"yubei.xlsx:表三!D8: 错误: “2010301”的基本支出为 {amount.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}，过大：绝对值不能超过 1,000,000,000,000,000（一千万亿）",
            ImportRun.Messages(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_classes_of_one_name_are_errors_not_an_internal_error()
    {
        var result = ImportRun.Import(Reference(wb => Cell(wb, "表三", "208", 1).SetCellValue("一般公共服务支出")));

        Assert.True(result.HasErrors);
        Assert.Contains("yubei.xlsx:表", ImportRun.Messages(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_or_a_device_is_refused_at_once()
    {
        var fifo = Path.Combine(_run.Dir, "fifo.xlsx");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }
        var device = Path.Combine(_run.Dir, "zero.xlsx");
        File.CreateSymbolicLink(device, "/dev/zero");

        Assert.Equal("fifo.xlsx: 错误: 无法读取工作簿：这是一个命名管道（FIFO），不是普通文件", ImportRun.Messages(ImportRun.Import(fifo)));
        Assert.Equal("zero.xlsx: 错误: 无法读取工作簿：这是一个设备文件，不是普通文件", ImportRun.Messages(ImportRun.Import(device)));
    }

    [Fact]
    public void Damaged_packages_are_described_in_chinese()
    {
        var dtd = Reference();
        EditPart(dtd, "xl/sharedStrings.xml", xml => xml.Replace("?>", "?><!DOCTYPE x [<!ENTITY e \"e\">]>", StringComparison.Ordinal));
        var cut = Reference();
        File.WriteAllBytes(cut, File.ReadAllBytes(cut)[..4000]);
        var xml = _run.Workbook(Departments.Reference, "yubei2.xlsx");
        EditPart(xml, "xl/sharedStrings.xml", x => x[..(x.Length / 2)]);

        var messages = new[] { dtd, cut, xml }.Select(p => ImportRun.Messages(ImportRun.Import(p))).ToList();

        Assert.StartsWith("yubei.xlsx: 错误: 无法读取工作簿：工作簿不是完整的 ZIP 压缩包（.xlsx 文件已损坏或只复制了一部分）", messages[1], StringComparison.Ordinal);
        Assert.StartsWith("yubei2.xlsx: 错误: 无法读取工作簿：工作簿中的 XML 已损坏（第 ", messages[2], StringComparison.Ordinal);
        Assert.All(messages, NoEnglish);
        Assert.Contains("错误: 无法读取工作簿：", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_referring_to_a_shared_string_the_workbook_lacks_is_a_damaged_workbook_not_a_name()
    {
        // The reader gave such a cell the string's number: "999999" became a name, with exit 0.
        var path = Reference();
        EditPart(path, "xl/worksheets/sheet4.xml", xml => System.Text.RegularExpressions.Regex.Replace(xml, "(t=\"s\"[^>]*><v>)\\d+(</v>)", "${1}999999${2}", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5)));

        var message = ImportRun.Messages(ImportRun.Import(path));

        Assert.Matches("^yubei\\.xlsx: 错误: 无法读取工作簿：工作簿已损坏：工作表“[^”]+”的单元格 [A-Z]+\\d+ 引用了不存在的共享字符串（第 1000000 个，工作簿只有 \\d+ 个）；请在 Excel 中打开后另存为 \\.xlsx$", message);
    }

    [Theory]
    [InlineData("#DIV/0!")]
    [InlineData("#REF!")]
    public void A_cell_holding_an_excel_error_is_named_not_read_as_empty(string error)
    {
        // The reader gave such a cell no value: a column of broken formulas would be zeros that add up.
        var path = Reference();
        EditPart(path, "xl/worksheets/sheet3.xml", xml => System.Text.RegularExpressions.Regex.Replace(xml, "<c r=\"D8\"([^>]*?)( t=\"\\w+\")?([^>]*)>.*?</c>", $"<c r=\"D8\"$1$3 t=\"e\"><v>{error}</v></c>", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5)));

        var message = ImportRun.Messages(ImportRun.Import(path));

        Assert.Equal($"yubei.xlsx: 错误: 无法读取工作簿：工作表“表三”的单元格 D8 是 Excel 的错误值 {error}（公式算不出结果），读不出它的内容；请在 Excel 中改正公式（或请财政部门重新导出）后再导入", message);
    }

    /// <summary>
    /// Thousands of stray numbered rows under 表三 are read as codes (3-digit numbers are 类): every class
    /// is checked against its children, now found through an index (a scan of all rows per class took
    /// 23 s for 20,000 rows and 80 s for 50,000; 2.6 s and 12 s for 100,000 now). The findings are exact.
    /// </summary>
    [Fact]
    public void Stray_numbered_rows_under_a_table_are_reported_at_their_cells()
    {
        var path = Reference();
        EditPart(path, "xl/worksheets/sheet3.xml", xml =>
        {
            var rows = new StringBuilder();
            for (var i = 0; i < 20_000; i++)
            {
                rows.Append("<row r=\"").Append(1000 + i).Append("\"><c r=\"A").Append(1000 + i).Append("\"><v>").Append(i).Append("</v></c></row>");
            }
            return xml.Replace("</sheetData>", rows + "</sheetData>", StringComparison.Ordinal);
        });

        var result = ImportRun.Import(path);

        var messages = ImportRun.Messages(result).Split('\n');
        Assert.True(result.HasErrors, string.Join("\n", messages.Take(5)));
        // Row 1201 holds the stray "201": its total is checked against the stray rows under it (none hold amounts).
        Assert.Contains("yubei.xlsx:表三!C1201: 错误: “201 ”的总计应为 16,511,691.03 元（下级科目之和），实际为 0.00 元，相差 16,511,691.03 元", messages);
        Assert.All(messages, m => Assert.StartsWith("yubei.xlsx", m, StringComparison.Ordinal));
    }

    [Fact]
    public void A_sheet_of_more_rows_than_any_disclosure_is_refused_instead_of_read_for_hours()
    {
        var path = Reference();
        // A column filled down the sheet: 200,000 numbered rows under 表三.
        EditPart(path, "xl/worksheets/sheet4.xml", xml =>
        {
            var rows = new StringBuilder();
            for (var r = 101; r <= 200_100; r++)
            {
                rows.Append("<row r=\"").Append(r).Append("\"><c r=\"A").Append(r).Append("\"><v>").Append(r).Append("</v></c></row>");
            }
            return xml.Replace("</sheetData>", rows + "</sheetData>", StringComparison.Ordinal);
        });

        var result = ImportRun.Import(path);

        Assert.Matches("^yubei.xlsx: 错误: 无法读取工作簿：工作表“[^”]+”有超过 200,000 行，不是部门预算公开表", ImportRun.Messages(result));
    }
}
