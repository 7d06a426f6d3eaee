using System.Globalization;

namespace ReportGen.Import.Sheets;

/// <summary>One cell as read: its 0-based row and column, the raw value (double, string, bool, DateTime) and its text.</summary>
internal sealed partial record Cell(int Row, int Column, object? Value)
{
    /// <summary>The cell's text, trimmed; numbers in invariant form.</summary>
    public string Text { get; } = Value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        _ => Normalize(Value.ToString() ?? ""),
    };

    public bool IsEmpty => Text.Length == 0;

    public bool IsNumber => Value is double;

    /// <summary>Excel address, e.g. D12.</summary>
    public string Address => CellAddress.Of(Row, Column);

    /// <summary>Trims, turns non-breaking and ideographic spaces and line breaks into ordinary spaces, and drops the spaces a wrap left between Chinese characters.</summary>
    public static string Normalize(string s) =>
        WrapSpace().Replace(s.Replace('\u00A0', ' ').Replace('\u3000', ' ').Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' '), "").Trim();

    /// <summary>Spaces between two Chinese characters: left by line wraps in a cell, never meant (“产出指标 覆盖率”).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[\u4e00-\u9fff（）“”、，。；：])\s+(?=[\u4e00-\u9fff（）“”、，。；：])")]
    private static partial System.Text.RegularExpressions.Regex WrapSpace();
}

/// <summary>Excel A1 addresses.</summary>
internal static class CellAddress
{
    public static string Of(int row, int column) => ColumnName(column) + (row + 1).ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + (c - 1) % 26) + name;
        }
        return name;
    }
}

/// <summary>A merged range, 0-based and inclusive.</summary>
internal sealed record MergedRange(int FromRow, int FromColumn, int ToRow, int ToColumn)
{
    public bool Contains(int row, int column) => row >= FromRow && row <= ToRow && column >= FromColumn && column <= ToColumn;
}

/// <summary>
/// One worksheet as a grid of cells. Merged cells are kept as the reader gives them (the value in the
/// top-left cell) plus the list of ranges, so a header can be read either way.
/// </summary>
internal sealed class Sheet
{
    private readonly Cell[][] _rows;

    public Sheet(string name, Cell[][] rows, IReadOnlyList<MergedRange> merged)
    {
        Name = name;
        _rows = rows;
        Merged = merged;
    }

    public string Name { get; }
    public IReadOnlyList<MergedRange> Merged { get; }
    public int RowCount => _rows.Length;
    public int ColumnCount => _rows.Length == 0 ? 0 : _rows.Max(r => r.Length);

    /// <summary>The cell at (row, column); an empty cell outside the data.</summary>
    public Cell this[int row, int column] =>
        row >= 0 && row < _rows.Length && column >= 0 && column < _rows[row].Length ? _rows[row][column] : new Cell(row, column, null);

    /// <summary>The non-empty cells of a row, left to right.</summary>
    public IEnumerable<Cell> CellsOf(int row) => row < _rows.Length ? _rows[row].Where(c => !c.IsEmpty) : [];

    public bool IsBlankRow(int row) => !CellsOf(row).Any();

    /// <summary>The text of the row's cells joined (to classify title, caption and note rows).</summary>
    public string RowText(int row) => string.Concat(CellsOf(row).Select(c => c.Text));

    /// <summary>
    /// The text shown at (row, column): the cell's own, or, when it lies inside a merged range, the
    /// top-left cell's text.
    /// </summary>
    public string MergedText(int row, int column)
    {
        var own = this[row, column];
        if (!own.IsEmpty)
        {
            return own.Text;
        }
        foreach (var m in Merged)
        {
            if (m.Contains(row, column))
            {
                return this[m.FromRow, m.FromColumn].Text;
            }
        }
        return "";
    }

    /// <summary>The merged range the cell starts or lies in, if any.</summary>
    public MergedRange? RangeAt(int row, int column) => Merged.FirstOrDefault(m => m.Contains(row, column));
}
