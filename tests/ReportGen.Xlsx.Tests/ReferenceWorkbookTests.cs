using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace ReportGen.Xlsx.Tests;

/// <summary>The reference department's workbook: sheets, layout, values, print set-up.</summary>
public sealed class ReferenceWorkbookTests
{
    [Fact]
    public void Has_no_schema_or_semantic_error()
    {
        using var book = Workbook.Reference();
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(book.Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Sheets_are_the_contents_then_one_per_table_number()
    {
        using var book = Workbook.Reference();
        string[] expected =
        [
            "目录", "表一", "表二", "表三", "表四", "表五", "表六", "表七", "表八", "表九",
            "表十", "表十一", "表十二", "表十三", "表十四", "表十五", "表十六", "表十七",
        ];
        Assert.Equal(expected, book.SheetNames);
    }

    [Fact]
    public void Contents_links_each_table_number_to_its_sheet()
    {
        using var book = Workbook.Reference();
        var links = book.Worksheet("目录").Descendants<Hyperlink>().ToList();
        Assert.Equal(17, links.Count);
        Assert.Equal("B3", links[0].Reference!.Value);
        Assert.Equal("'表一'!A1", links[0].Location!.Value);
        Assert.Equal("表一", book.Text("目录", "B3"));
        Assert.Equal("'表十七'!A1", links[16].Location!.Value);
        Assert.Equal("2024年渝北区部门一般项目绩效目标表", book.Text("目录", "C19"));
    }

    [Fact]
    public void Title_and_caption_rows_stand_above_the_table()
    {
        using var book = Workbook.Reference();
        Assert.Equal("表五", book.Text("表五", "A1"));
        Assert.Equal("2024年渝北区部门一般公共预算财政拨款支出预算表", book.Text("表五", "A2"));
        Assert.Equal("部门全称：重庆市渝北区政务服务管理办公室", book.Text("表五", "A3"));
        Assert.Equal("单位：元", book.Text("表五", "G3"));
        Assert.Contains("A2:G2", book.Merges("表五"));
        Assert.Contains("A3:F3", book.Merges("表五"));
        // A subtitle has a row of its own.
        Assert.Equal("（部门预算支出经济分类科目）", book.Text("表六", "A3"));
    }

    [Fact]
    public void Header_of_table_5_is_merged_as_in_the_pdf()
    {
        using var book = Workbook.Reference();
        Assert.Equal(["A4:B4", "C4:C5", "D4:F4", "G4:G5"], HeaderMerges(book, "表五", 4, 5));
        Assert.Equal("功能分类科目", book.Text("表五", "A4"));
        Assert.Equal("2023年预算数", book.Text("表五", "C4"));
        Assert.Equal("2024年预算数", book.Text("表五", "D4"));
        // Broken between words as in the DOCX and the PDF, each year with its 年 (a spreadsheet would break anywhere).
        Assert.Equal("2024年预算\n比2023年\n预算增幅%", book.Text("表五", "G4"));
        Assert.Equal(["科目编码", "科目名称", "小计", "基本支出", "项目支出"], new[] { "A5", "B5", "D5", "E5", "F5" }.Select(r => book.Text("表五", r)));
        // The 合计 label spans the code and name columns.
        Assert.Contains("A6:B6", book.Merges("表五"));
    }

    [Fact]
    public void Header_of_table_10_is_merged_as_in_the_pdf()
    {
        using var book = Workbook.Reference();
        Assert.Equal(
            ["A4:F4", "G4:L4", "A5:A6", "B5:B6", "C5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:K5", "L5:L6"],
            HeaderMerges(book, "表十", 4, 6));
        Assert.Equal("公务用车购置及运行费", book.Text("表十", "I5"));
        Assert.Equal("公务用车\n运行费", book.Text("表十", "K6"));
        Assert.Equal(87500m, book.Number("表十", "A7"));
        Assert.Null(book.Cell("表十", "B7")?.CellValue); // no 因公出国（境）费: blank, not 0
    }

    [Fact]
    public void Amounts_are_exact_numbers_with_the_amount_format()
    {
        using var book = Workbook.Reference();
        Assert.Equal(17625499.55m, book.Number("表五", "D6"));
        Assert.Equal(18439531.54m, book.Number("表五", "C6"));
        Assert.Equal(12630000m, book.Number("表五", "F6"));
        Assert.Equal("#,##0.00", book.FormatCode("表五", "D6"));
        Assert.Equal(2399070.27m, book.Number("表五", "D9"));
        // Zero is blank: 行政运行 has no 项目支出.
        Assert.Null(book.Cell("表五", "F9")?.CellValue);
        // Amounts outside amount columns too (表十七's 当年预算 stands in a text column).
        Assert.Equal(100000m, book.Number("表十七", "B5"));
        Assert.Equal("#,##0.00", book.FormatCode("表十七", "B5"));
    }

    [Fact]
    public void Change_column_holds_percentages()
    {
        using var book = Workbook.Reference();
        Assert.Equal(-0.04m, book.Number("表五", "G6"));
        Assert.Equal("0%", book.FormatCode("表五", "G6"));
        Assert.Equal(0.2m, book.Number("表五", "G16")); // 2080599: 76,810.00 → 92,510.00, "20%"
    }

    [Fact]
    public void Codes_are_text()
    {
        using var book = Workbook.Reference();
        Assert.Equal("201", book.Text("表五", "A7"));
        Assert.Equal("2010301", book.Text("表五", "A9"));
        Assert.Equal("301", book.Text("表六", "A8"));
        Assert.Equal("30101", book.Text("表六", "A9"));
        Assert.Equal("130", book.Text("表十四", "A6"));
        Assert.Equal("130001", book.Text("表十四", "C6"));
        Assert.Equal("2010306", book.Text("表十三", "C7"));
        // Weights and indicator values are not amounts: kept as the document writes them.
        Assert.Equal("20", book.Text("表十五", "C7"));
    }

    [Fact]
    public void Header_rows_are_frozen()
    {
        using var book = Workbook.Reference();
        var pane = book.Worksheet("表五").Descendants<Pane>().Single();
        Assert.Equal(5d, pane.VerticalSplit!.Value);
        Assert.Equal("A6", pane.TopLeftCell!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(6d, book.Worksheet("表十").Descendants<Pane>().Single().VerticalSplit!.Value);
        // The forms of 表十五 … 表十七 have no header rows: nothing frozen.
        Assert.Empty(book.Worksheet("表十七").Descendants<Pane>());
    }

    [Fact]
    public void Header_rows_print_on_every_page()
    {
        using var book = Workbook.Reference();
        var titles = book.Part.Workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Titles").ToList();
        var table5 = titles.Single(d => d.LocalSheetId!.Value == 5);
        Assert.Equal("'表五'!$4:$5", table5.Text);
        Assert.Equal("'表十'!$4:$6", titles.Single(d => d.LocalSheetId!.Value == 10).Text);
    }

    [Fact]
    public void Pages_are_A4_in_the_pdf_orientation_fitted_to_the_width()
    {
        using var book = Workbook.Reference();
        string[] landscape = ["表二", "表四", "表五", "表十", "表十三", "表十四", "表十五", "表十六", "表十七"];
        foreach (var name in book.SheetNames)
        {
            var sheet = book.Worksheet(name);
            var setup = sheet.Descendants<PageSetup>().Single();
            Assert.Equal(9U, setup.PaperSize!.Value);
            Assert.Equal(landscape.Contains(name) ? OrientationValues.Landscape : OrientationValues.Portrait, setup.Orientation!.Value);
            Assert.Equal(1U, setup.FitToWidth!.Value);
            Assert.Equal(0U, setup.FitToHeight!.Value);
            Assert.True(sheet.Descendants<PageSetupProperties>().Single().FitToPage!.Value);
        }
    }

    [Fact]
    public void Forms_sharing_a_number_are_stacked_each_on_its_own_page()
    {
        using var book = Workbook.Reference();
        var sheet = book.Worksheet("表十七");
        var titles = sheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.SharedString && book.Text("表十七", c.CellReference!) == "专项资金名称").ToList();
        Assert.Equal(4, titles.Count);
        var breaks = sheet.Descendants<Break>().Select(b => b.Id!.Value).ToList();
        Assert.Equal(3, breaks.Count);
        // Each break starts a form at its number row, after a blank row.
        Assert.All(breaks, b => Assert.Equal("表十七", book.Text("表十七", "A" + (b + 1))));
        Assert.All(breaks, b => Assert.Null(book.Cell("表十七", "A" + b)));
        Assert.Equal(10680000m, book.Number("表十七", "B" + (breaks[0] + 5)));
    }

    [Fact]
    public void Notes_stand_below_the_table_across_its_width()
    {
        using var book = Workbook.Reference();
        Assert.Equal("合计", book.Text("表十一", "A6"));
        Assert.Equal("备注：本部门无政府性基金收支，故此表无数据。", book.Text("表十一", "A7"));
        Assert.Contains("A7:E7", book.Merges("表十一"));
    }

    [Fact]
    public void Properties_name_the_document_and_the_department()
    {
        using var book = Workbook.Reference();
        Assert.Equal("重庆市渝北区政务服务管理办公室2024年部门预算情况说明", book.Package.PackageProperties.Title);
        Assert.Equal("重庆市渝北区政务服务管理办公室", book.Package.PackageProperties.Creator);
        Assert.Equal(Workbook.FixedTime.UtcDateTime, book.Package.PackageProperties.Created);
    }

    private static List<string> HeaderMerges(Workbook book, string sheet, int firstRow, int lastRow) =>
        [.. book.Merges(sheet).Where(m => Row(m) >= firstRow && Row(m) <= lastRow)];

    private static int Row(string range) => int.Parse(new string(range.Split(':')[0].SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Rows_are_as_tall_as_their_wrapped_text()
    {
        using var book = Workbook.Reference();
        var rows = book.Worksheet("表二").Descendants<Row>().ToDictionary(r => r.RowIndex!.Value);
        var minimum = Workbook.Sheet.Table.MinRowHeightPt;
        Assert.All(rows.Values.Where(r => r.RowIndex! >= 4), r => Assert.True(r.CustomHeight!.Value && r.Height!.Value >= minimum - 0.01)); // the table rows
        // 表二's name column is narrow: "政府办公厅（室）及相关机构事务" (20103, row 8) takes two lines.
        Assert.Equal("20103", book.Text("表二", "A8"));
        Assert.True(rows[8].Height!.Value >= 2 * Workbook.Sheet.Table.LinePitchPt, $"row 8 is {rows[8].Height!.Value} pt");
        var table = Workbook.Sheet.Table;
        // The 合计 row (row 6) holds only short text and amounts: one line.
        Assert.Equal("合计", book.Text("表二", "A6"));
        Assert.Equal(Math.Max(minimum, table.LinePitchPt + 2 * table.CellPaddingVerticalPt), rows[6].Height!.Value);
        // Its height is a whole number of lines (at least two) plus the cell padding.
        var lines8 = (rows[8].Height!.Value - 2 * table.CellPaddingVerticalPt) / table.LinePitchPt;
        Assert.True(lines8 >= 2 && Math.Abs(lines8 - Math.Round(lines8)) < 0.01, $"row 8 holds {lines8} lines");
        // The 目录 opens first.
        Assert.True(book.Worksheet("目录").Descendants<SheetView>().Single().TabSelected!.Value);
        Assert.Null(book.Worksheet("表一").Descendants<SheetView>().Single().TabSelected);
    }
}
