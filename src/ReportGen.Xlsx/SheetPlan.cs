using ReportGen.Core.Documents;

namespace ReportGen.Xlsx;

/// <summary>The look of a cell: one entry of the workbook's cell formats.</summary>
internal readonly record struct CellStyle(
    string FontRole,
    bool Bold = false,
    bool Border = false,
    string? NumberFormat = null,
    CellAlign Align = CellAlign.Left,
    bool Wrap = false,
    int Indent = 0,
    bool Link = false,
    bool Shaded = false,
    bool Middle = true);

/// <summary>A cell of a sheet (0-based row and column) with its value (null: styled but empty).</summary>
internal sealed record PlannedCell(int Row, int Column, CellValue? Value, CellStyle Style);

/// <summary>A rectangle of merged cells, 0-based and inclusive.</summary>
internal readonly record struct Merge(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// <summary>An internal hyperlink from a cell to the first cell of another sheet.</summary>
internal readonly record struct SheetLink(int Row, int Column, string Sheet);

/// <summary>
/// One worksheet laid out: cells, merges, row heights (points), column widths (points), the rows
/// frozen at the top and repeated on printed pages, and the page orientation.
/// </summary>
internal sealed class SheetPlan(string name, PageOrientation orientation)
{
    public string Name { get; } = name;

    public PageOrientation Orientation { get; } = orientation;

    public List<PlannedCell> Cells { get; } = [];

    public List<Merge> Merges { get; } = [];

    public List<SheetLink> Links { get; } = [];

    /// <summary>Rows that start a new printed page (a stacked table that starts on a new page in the PDF).</summary>
    public List<int> PageBreaks { get; } = [];

    public SortedDictionary<int, double> RowHeights { get; } = [];

    public double[] ColumnWidths { get; set; } = [];

    /// <summary>Rows above the frozen split (0: nothing frozen).</summary>
    public int FrozenRows { get; set; }

    /// <summary>0-based first and last header row printed on every page, if any.</summary>
    public (int First, int Last)? PrintTitleRows { get; set; }

    public int RowCount { get; set; }

    public int ColumnCount => ColumnWidths.Length;
}
