using System.IO.Compression;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using ReportGen.Core.Documents;
using Table = ReportGen.Core.Documents.Table;

namespace ReportGen.Xlsx.Tests;

public sealed class WriterTests
{
    [Fact]
    public void Same_document_and_timestamp_give_identical_bytes()
    {
        var first = Workbook.Render(Workbook.ReferenceDoc);
        var second = Workbook.Render(Workbook.ReferenceDoc);
        Assert.Equal(first, second);
        var parallel = Enumerable.Range(0, 4).AsParallel().Select(_ => Workbook.Render(Workbook.ReferenceDoc)).ToList();
        Assert.All(parallel, p => Assert.Equal(first, p));
    }

    [Fact]
    public void Timestamp_is_written_to_the_properties_and_every_zip_entry()
    {
        var time = new DateTimeOffset(2024, 3, 1, 9, 15, 30, TimeSpan.Zero);
        var bytes = Workbook.Render(Small(), time);
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
            Assert.All(zip.Entries, e => Assert.Equal(time.DateTime, e.LastWriteTime.DateTime));
        }
        Assert.NotEqual(bytes, Workbook.Render(Small(), time.AddDays(1)));
    }

    [Fact]
    public void A_spreadsheet_reader_reads_sheets_numbers_and_codes_back()
    {
        var bytes = Workbook.Render(Workbook.ReferenceDoc);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance); // ExcelDataReader's default code page
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(bytes));
        var sheets = new Dictionary<string, List<object?[]>>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);
            }
            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        Assert.Equal(18, sheets.Count);
        var table5 = sheets["表五"];
        Assert.Equal("2024年渝北区部门一般公共预算财政拨款支出预算表", table5[1][0]);
        Assert.Equal("合计", table5[5][0]);
        Assert.Equal(17625499.55, table5[5][3]);
        Assert.Equal("2010301", table5[8][0]);
        Assert.Null(table5[8][5]);
        Assert.Equal("2080599", table5[15][0]);
        Assert.Equal(92510.0, table5[15][3]);
        Assert.Equal(4, sheets["表十七"].Count(r => Equals(r[0], "专项资金名称")));
    }

    [Fact]
    public void Leading_zeros_of_codes_are_kept_and_a_lone_table_gets_its_sheet()
    {
        using var book = Workbook.Of(Small());
        Assert.Equal(["表一"], book.SheetNames); // no contents table in the document: no 目录 sheet
        // Rows: 表一, title, header, body, note.
        Assert.Equal("0101", book.Text("表一", "A4"));
        Assert.Equal(1234.5m, book.Number("表一", "C4"));
        Assert.Equal("说明：测试。", book.Text("表一", "A5"));
        Assert.Equal(2U, book.Style("表一", "B4").Alignment!.Indent!.Value);
        Assert.Equal(OrientationValues.Landscape, book.Worksheet("表一").Descendants<PageSetup>().Single().Orientation!.Value);
        Assert.Equal(3d, book.Worksheet("表一").Descendants<Pane>().Single().VerticalSplit!.Value);
    }

    /// <summary>One landscape table: number, title, one header row, one body row with a leading-zero code, a note.</summary>
    [Fact]
    public void A_text_longer_than_an_excel_cell_holds_fails_the_workbook_in_chinese_instead_of_being_cut()
    {
        var longText = new string('长', 32_768);
        var document = Small(longText);

        var e = Assert.Throws<InvalidOperationException>(() => Workbook.Render(document));

        Assert.Equal("工作表“表一”的单元格 B4 有 32,768 个字符，超过 Excel 单元格的上限 32,767 个字符（Excel 会截断或拒绝打开）：“长长长长长长长长长长长长长长长长长长长长…”；请缩短这段文字", e.Message);
        // At the limit it is written whole.
        using var whole = Workbook.Of(Small(new string('长', 32_767)));
        Assert.Equal(new string('长', 32_767), whole.Text("表一", "B4"));
    }

    private static Document Small(string name = "名称") => new(
        new DocumentInfo("测试文档", "测试部门", "测试", ["测试"]),
        [
            new SectionBreak(PageOrientation.Landscape),
            new Table(
                "表一",
                "测试表",
                [],
                null,
                null,
                [new ColumnSpec(CellAlign.Left), new ColumnSpec(CellAlign.Left, 2), new ColumnSpec(CellAlign.Right) { Numeric = true }],
                [new TableRow([new TableCell("编码"), new TableCell("名称"), new TableCell("金额")])],
                [new TableRow([new TableCell("0101"), new TableCell(name, Indent: 2), new TableCell("1,234.50")])],
                ["说明：测试。"]),
            new SectionBreak(PageOrientation.Portrait),
        ]);
}
