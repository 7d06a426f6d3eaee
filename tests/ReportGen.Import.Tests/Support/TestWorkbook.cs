using System.Globalization;
using System.Text.RegularExpressions;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;
using ReportGen.Core.Documents;

namespace ReportGen.Import.Tests.Support;

/// <summary>How a test workbook is laid out: the published 重庆 layout by default, and the variations seen in real exports.</summary>
internal sealed record Layout
{
    /// <summary>Sheet name of a table from its number ("表五") and title.</summary>
    public Func<string, string, string> SheetName { get; init; } = (number, _) => number;
    /// <summary>Write the title row above each table (else the sheet name alone says what it is).</summary>
    public bool Titles { get; init; } = true;
    /// <summary>Codes split into 类 | 款 | 项 columns ("201 | 03 | 01").</summary>
    public bool SplitCodes { get; init; }
    /// <summary>Codes stored as numbers rather than text.</summary>
    public bool CodesAsNumbers { get; init; }
    /// <summary>合计 row moved to the bottom of the table.</summary>
    public bool TotalsAtBottom { get; init; }
    /// <summary>How a zero amount is printed: null = blank cell; "0", "0.00", "-" as text; "num" = the number 0.</summary>
    public string? Zero { get; init; }
    /// <summary>Amounts written as text ("17,625,499.55") instead of numbers.</summary>
    public bool AmountsAsText { get; init; }
    /// <summary>制表人 / 打印日期 and blank rows under every table.</summary>
    public bool Footers { get; init; }
    /// <summary>"编制部门：X" and "单位：元" on one row (Shanghai), instead of two rows.</summary>
    public bool CaptionsOnOneRow { get; init; }
    /// <summary>Rows and columns left empty before each table.</summary>
    public int Offset { get; init; }
    /// <summary>Header groups written once with blanks after them, without merged regions (as a transcription of the text would).</summary>
    public bool Unmerged { get; init; }
    /// <summary>Legacy .xls (HSSF).</summary>
    public bool Xls { get; init; }

    public static Layout Published { get; } = new();
}

/// <summary>
/// Writes the tables of a rendered document as a workbook, one sheet per table (the forms of 表十七
/// stacked on one sheet), with merged header cells as in the document: the kind of workbook the
/// budget system exports. Variations come from <see cref="Layout"/>; <see cref="Edit"/> breaks one.
/// </summary>
internal static partial class TestWorkbook
{
    public static string Write(Document document, string path, Layout? layout = null, Action<IWorkbook>? edit = null)
    {
        layout ??= Layout.Published;
        IWorkbook wb = layout.Xls ? new HSSFWorkbook() : new XSSFWorkbook();
        var tables = document.Blocks.OfType<Table>().Where(t => t.Number is not null && t.Number != "").ToList();
        var sheets = new Dictionary<string, (ISheet Sheet, int Next)>();
        foreach (var table in tables)
        {
            var name = layout.SheetName(table.Number!, table.Title);
            if (!sheets.TryGetValue(name, out var at))
            {
                at = (wb.CreateSheet(name), layout.Offset);
            }
            var next = WriteTable(wb, at.Sheet, at.Next, table, layout);
            sheets[name] = (at.Sheet, next + 1);
        }
        edit?.Invoke(wb);
        using (var stream = File.Create(path))
        {
            wb.Write(stream);
        }
        return path;
    }

    private sealed record Placed(int Row, int Column, string Text, int RowSpan, int ColSpan, bool Header, RowKind Kind, bool Numeric);

    private static int WriteTable(IWorkbook wb, ISheet sheet, int row, Table table, Layout layout)
    {
        var cells = Place(table, layout, out var columns);
        var c0 = layout.Offset;
        if (layout.Titles)
        {
            Text(sheet, row, c0, table.Title);
            if (!layout.Unmerged)
            {
                sheet.AddMergedRegion(new CellRangeAddress(row, row, c0, c0 + columns - 1));
            }
            row++;
            foreach (var s in table.Subtitles)
            {
                Text(sheet, row++, c0, s);
            }
        }
        if (layout.CaptionsOnOneRow)
        {
            var dept = table.LeftCaption?.Replace("部门全称：", "编制部门：", StringComparison.Ordinal);
            if (dept is not null)
            {
                Text(sheet, row, c0, dept);
            }
            if (table.RightCaption is not null)
            {
                Text(sheet, row, c0 + columns - 1, table.RightCaption);
            }
            row++;
        }
        else
        {
            if (table.LeftCaption is not null)
            {
                Text(sheet, row++, c0, table.LeftCaption);
            }
            if (table.RightCaption is not null)
            {
                Text(sheet, row++, c0 + columns - 1, table.RightCaption);
            }
        }
        var last = row;
        foreach (var p in cells)
        {
            var r = row + p.Row;
            var c = c0 + p.Column;
            last = Math.Max(last, r + p.RowSpan - 1);
            if ((p.RowSpan > 1 || p.ColSpan > 1) && !layout.Unmerged)
            {
                sheet.AddMergedRegion(new CellRangeAddress(r, r + p.RowSpan - 1, c, c + p.ColSpan - 1));
            }
            var text = p.Text;
            if (!p.Header && p.Numeric && text.Length == 0 && layout.Zero is not null && p.ColSpan == 1)
            {
                if (layout.Zero == "num")
                {
                    Number(sheet, r, c, 0);
                }
                else
                {
                    Text(sheet, r, c, layout.Zero);
                }
                continue;
            }
            if (text.Length == 0)
            {
                continue;
            }
            if (!p.Header && Money().IsMatch(text) && !layout.AmountsAsText)
            {
                Number(sheet, r, c, double.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
            }
            else if (!p.Header && layout.CodesAsNumbers && Code().IsMatch(text))
            {
                Number(sheet, r, c, double.Parse(text, CultureInfo.InvariantCulture));
            }
            else
            {
                Text(sheet, r, c, text);
            }
        }
        row = last + 1;
        foreach (var note in table.Notes)
        {
            Text(sheet, row++, c0, note);
        }
        if (layout.Footers)
        {
            row++;
            Text(sheet, row, c0, "制表人：张三");
            Text(sheet, row++, c0 + 2, "审核人：李四");
            Text(sheet, row++, c0, "打印日期：2024-01-15 10:32");
            row++;
        }
        return row + 1;
    }

    /// <summary>The header and body cells placed on the grid, with the layout's changes (split codes, 合计 at the bottom).</summary>
    private static List<Placed> Place(Table table, Layout layout, out int columns)
    {
        columns = table.Columns.Count;
        var head = TableGrid.Place(columns, table.HeaderRows)
            .Select(p => new Placed(p.Row, p.Column, p.Cell.Text, p.Cell.RowSpan, p.Cell.ColSpan, true, RowKind.Normal, table.Columns[p.Column].Numeric)).ToList();
        var bodyRows = table.BodyRows.ToList();
        if (layout.TotalsAtBottom && bodyRows.Count > 1 && bodyRows[0].Kind == RowKind.Total && bodyRows.All(r => r.Cells.All(c => c.RowSpan == 1)))
        {
            bodyRows = [.. bodyRows.Skip(1), bodyRows[0]];
        }
        var offset = table.HeaderRows.Count;
        var body = TableGrid.Place(columns, bodyRows)
            .Select(p => new Placed(p.Row + offset, p.Column, p.Cell.Text, p.Cell.RowSpan, p.Cell.ColSpan, false, bodyRows[p.Row].Kind, table.Columns[p.Column].Numeric)).ToList();
        var all = head.Concat(body).ToList();
        if (!layout.SplitCodes)
        {
            return all;
        }
        var k = head.FirstOrDefault(p => p.Text == "科目编码")?.Column ?? -1;
        if (k < 0)
        {
            return all;
        }
        columns += 2;
        var result = new List<Placed>();
        foreach (var p in all)
        {
            if (p.Column > k)
            {
                result.Add(p with { Column = p.Column + 2 });
            }
            else if (p.Column + p.ColSpan - 1 < k)
            {
                result.Add(p);
            }
            else if (p.Column == k && p.ColSpan == 1 && p.Header)
            {
                result.Add(p with { Text = "类" });
                result.Add(p with { Column = k + 1, Text = "款" });
                result.Add(p with { Column = k + 2, Text = "项" });
            }
            else if (p.Column == k && p.ColSpan == 1 && Code().IsMatch(p.Text))
            {
                var code = p.Text;
                result.Add(p with { Text = code[..3] });
                if (code.Length >= 5)
                {
                    result.Add(p with { Column = k + 1, Text = code[3..5] });
                }
                if (code.Length >= 7)
                {
                    result.Add(p with { Column = k + 2, Text = code[5..7] });
                }
            }
            else
            {
                result.Add(p with { ColSpan = p.ColSpan + 2 });
            }
        }
        return result;
    }

    private static void Text(ISheet sheet, int row, int column, string text) =>
        (sheet.GetRow(row) ?? sheet.CreateRow(row)).CreateCell(column).SetCellValue(text);

    private static void Number(ISheet sheet, int row, int column, double value) =>
        (sheet.GetRow(row) ?? sheet.CreateRow(row)).CreateCell(column).SetCellValue(value);

    /// <summary>Finds the address of the cell in the row whose first non-empty cell is <paramref name="rowKey"/> and the column whose header text is <paramref name="column"/>.</summary>
    public static string Address(IWorkbook wb, string sheet, string rowKey, int columnIndex)
    {
        var s = wb.GetSheet(sheet);
        for (var r = 0; r <= s.LastRowNum; r++)
        {
            var row = s.GetRow(r);
            var first = row?.Cells.FirstOrDefault(c => c.ToString()!.Trim().Length > 0);
            if (first is not null && first.ToString() == rowKey)
            {
                return new CellReference(r, first.ColumnIndex + columnIndex).FormatAsString();
            }
        }
        throw new InvalidOperationException($"row {rowKey} not in {sheet}");
    }

    [GeneratedRegex(@"^-?[\d,]+\.\d{2}$")]
    private static partial Regex Money();

    [GeneratedRegex(@"^\d{3}(\d{2}){0,2}$")]
    private static partial Regex Code();
}
