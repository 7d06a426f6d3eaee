namespace ReportGen.Core.Documents;

/// <summary>
/// Resolves the HTML-like rows of a table (spanned positions omitted) into a rectangular grid.
/// </summary>
public static class TableGrid
{
    /// <summary>A placed cell: its row and column in the grid and the cell itself.</summary>
    public readonly record struct Placed(int Row, int Column, TableCell Cell);

    /// <summary>Places every cell of <paramref name="rows"/> on a grid of the table's column count.</summary>
    public static IReadOnlyList<Placed> Place(int columnCount, IReadOnlyList<TableRow> rows)
    {
        var result = new List<Placed>();
        // occupied[r] marks columns taken by row spans coming from above.
        var occupied = new List<bool[]>();
        for (var r = 0; r < rows.Count; r++)
        {
            while (occupied.Count <= r)
            {
                occupied.Add(new bool[columnCount]);
            }
            var col = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (col < columnCount && occupied[r][col])
                {
                    col++;
                }
                if (col >= columnCount)
                {
                    throw new InvalidOperationException($"Table row {r + 1} has more cells than its {columnCount} columns.");
                }
                result.Add(new Placed(r, col, cell));
                for (var rr = r; rr < r + cell.RowSpan; rr++)
                {
                    while (occupied.Count <= rr)
                    {
                        occupied.Add(new bool[columnCount]);
                    }
                    for (var cc = col; cc < Math.Min(columnCount, col + cell.ColSpan); cc++)
                    {
                        occupied[rr][cc] = true;
                    }
                }
                col += cell.ColSpan;
            }
        }
        return result;
    }

    /// <summary>
    /// The rows as text, one string per grid column; spanned positions are empty strings (the way
    /// an extraction of the published document shows merged cells: the label once, blanks after it).
    /// </summary>
    public static IEnumerable<string[]> Expand(Table table, IReadOnlyList<TableRow> rows)
    {
        var n = table.Columns.Count;
        var grid = new string[rows.Count][];
        for (var i = 0; i < rows.Count; i++)
        {
            grid[i] = Enumerable.Repeat(string.Empty, n).ToArray();
        }
        foreach (var p in Place(n, rows))
        {
            grid[p.Row][p.Column] = p.Cell.Text;
        }
        return grid;
    }
}
