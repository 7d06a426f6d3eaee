using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Xlsx;

/// <summary>One <see cref="SheetPlan"/> as a SpreadsheetML worksheet, its elements in schema order.</summary>
internal static class WorksheetWriter
{
    private const double MmPerInch = 25.4;

    /// <summary>The worksheet of <paramref name="plan"/>; <paramref name="first"/> marks the sheet the workbook opens on.</summary>
    public static Worksheet Build(SheetPlan plan, bool first, StyleSheet style, XlsxStyles styles, SharedStrings strings)
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var lastColumn = Math.Max(1, plan.ColumnCount);
        worksheet.Append(new SheetDimension { Reference = $"A1:{Reference(Math.Max(0, plan.RowCount - 1), lastColumn - 1)}" });
        worksheet.Append(new SheetViews(View(plan, first)));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = style.Table.MinRowHeightPt });
        worksheet.Append(Columns(plan, styles));
        worksheet.Append(Data(plan, styles, strings));
        if (plan.Merges.Count > 0)
        {
            worksheet.Append(new MergeCells(plan.Merges.Select(m => new MergeCell
            {
                Reference = Reference(m.FirstRow, m.FirstColumn) + ":" + Reference(m.LastRow, m.LastColumn),
            }))
            { Count = (uint)plan.Merges.Count });
        }
        if (plan.Links.Count > 0)
        {
            worksheet.Append(new Hyperlinks(plan.Links.Select(l => new Hyperlink
            {
                Reference = Reference(l.Row, l.Column),
                Location = XlsxRenderer.Quoted(l.Sheet) + "!A1",
                Display = l.Sheet,
            })));
        }
        worksheet.Append(new PrintOptions { HorizontalCentered = true });
        var margins = plan.Orientation == PageOrientation.Landscape ? style.Page.Landscape : style.Page.Portrait;
        worksheet.Append(new PageMargins
        {
            Left = Inches(margins.LeftMm),
            Right = Inches(margins.RightMm),
            Top = Inches(margins.TopMm),
            Bottom = Inches(margins.BottomMm),
            Header = Inches(style.Page.FooterOffsetMm),
            Footer = Inches(style.Page.FooterOffsetMm),
        });
        worksheet.Append(new PageSetup
        {
            PaperSize = 9U, // A4
            Orientation = plan.Orientation == PageOrientation.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1U,
            FitToHeight = 0U,
        });
        worksheet.Append(new HeaderFooter(new OddFooter("&C" + FooterText(style.PageNumber.Format))));
        if (plan.PageBreaks.Count > 0)
        {
            // A break is given by the last row of the page before it.
            worksheet.Append(new RowBreaks(plan.PageBreaks.Select(r => new Break { Id = (uint)r, Max = 16383U, ManualPageBreak = true }))
            {
                Count = (uint)plan.PageBreaks.Count,
                ManualBreakCount = (uint)plan.PageBreaks.Count,
            });
        }
        // Codes are text on purpose: no "number stored as text" marks on them.
        worksheet.Append(new IgnoredErrors(new IgnoredError
        {
            SequenceOfReferences = new ListValue<StringValue>([$"A1:{Reference(Math.Max(0, plan.RowCount - 1), lastColumn - 1)}"]),
            NumberStoredAsText = true,
        }));
        return worksheet;
    }

    private static SheetView View(SheetPlan plan, bool first)
    {
        var view = new SheetView { WorkbookViewId = 0U };
        if (first)
        {
            view.TabSelected = true;
        }
        if (plan.FrozenRows > 0)
        {
            var topLeft = Reference(plan.FrozenRows, 0);
            view.Append(
                new Pane { VerticalSplit = plan.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue>([topLeft]) });
        }
        return view;
    }

    private static Columns Columns(SheetPlan plan, XlsxStyles styles)
    {
        var columns = new Columns();
        var digit = styles.MaxDigitWidthPx;
        for (var i = 0; i < plan.ColumnCount; i++)
        {
            // Column widths count characters of the default font's digit width, plus 5 pixels of padding.
            var pixels = plan.ColumnWidths[i] * 96 / 72;
            var width = Math.Truncate((pixels + 5) / digit * 256) / 256;
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Round(width, 2), CustomWidth = true });
        }
        return columns;
    }

    private static SheetData Data(SheetPlan plan, XlsxStyles styles, SharedStrings strings)
    {
        var data = new SheetData();
        var byRow = plan.Cells.GroupBy(c => c.Row).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Column).ToList());
        for (var r = 0; r < plan.RowCount; r++)
        {
            var hasCells = byRow.TryGetValue(r, out var cells);
            var hasHeight = plan.RowHeights.TryGetValue(r, out var height);
            if (!hasCells && !hasHeight)
            {
                continue;
            }
            var row = new Row { RowIndex = (uint)(r + 1) };
            if (hasHeight)
            {
                // LibreOffice does not fit rows to wrapped text on opening: every height is written.
                row.Height = height;
                row.CustomHeight = true;
            }
            foreach (var cell in cells ?? [])
            {
                row.Append(Cell(cell, styles, strings, plan.Name));
            }
            data.Append(row);
        }
        return data;
    }

    /// <summary>The most characters an Excel cell holds; a longer text would be cut or the workbook refused (validation refuses such data texts).</summary>
    private const int MaxCellCharacters = Core.Validation.ValidationRules.MaxTextCharacters;

    private static Cell Cell(PlannedCell planned, XlsxStyles styles, SharedStrings strings, string sheet)
    {
        var cell = new Cell { CellReference = Reference(planned.Row, planned.Column), StyleIndex = styles.Index(planned.Style) };
        switch (planned.Value)
        {
            case TextValue text when text.Text.Length > MaxCellCharacters:
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"工作表“{sheet}”的单元格 {cell.CellReference} 有 {text.Text.Length:#,##0} 个字符，超过 Excel 单元格的上限 {MaxCellCharacters:#,##0} 个字符（Excel 会截断或拒绝打开）：“{text.Text[..20]}…”；请缩短这段文字"));
            case TextValue text:
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(strings.Index(text.Text).ToString(CultureInfo.InvariantCulture));
                break;
            case NumberValue number:
                cell.CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(CellText.Invariant(number.Value));
                break;
        }
        return cell;
    }

    /// <summary>"— {0} —" with the page number field.</summary>
    private static string FooterText(string format) => format.Replace("&", "&&", StringComparison.Ordinal).Replace("{0}", "&P", StringComparison.Ordinal);

    private static double Inches(double mm) => Math.Round(mm / MmPerInch, 4);

    /// <summary>"A1" for row 0, column 0.</summary>
    public static string Reference(int row, int column) => ColumnName(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name.Insert(0, (char)('A' + (c - 1) % 26));
        }
        return name.ToString();
    }
}
