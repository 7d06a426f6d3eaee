using ReportGen.Core.Documents;

namespace ReportGen.Templating.Markup;

/// <summary>A table being read between <c>@table</c> and <c>@end</c>.</summary>
internal sealed class TableBuilder(string? number, string title, int offset)
{
    public string? Number { get; } = number;
    public string Title { get; } = title;
    public int Offset { get; } = offset;
    public List<string> Subtitles { get; } = [];
    public string? LeftCaption { get; set; }
    public string? RightCaption { get; set; }
    public List<ColumnSpec>? Columns { get; set; }
    public int ColumnsOffset { get; set; }
    public List<(TableRow Row, int Offset)> Head { get; } = [];
    public List<(TableRow Row, int Offset)> Body { get; } = [];
    public List<string> Notes { get; } = [];
    public bool StartOnNewPage { get; set; }
    public bool RepeatHeader { get; set; } = true;
    public bool Toc { get; set; }

    public Table Build() => new(
        Number,
        Title,
        Subtitles,
        LeftCaption,
        RightCaption,
        Columns ?? [],
        [.. Head.Select(r => r.Row)],
        [.. Body.Select(r => r.Row)],
        Notes)
    {
        StartOnNewPage = StartOnNewPage,
        RepeatHeader = RepeatHeader,
    };

    /// <summary>
    /// Checks that every row of <paramref name="rows"/> covers exactly <paramref name="columnCount"/>
    /// columns (counting spans and cells covered from above) and that row spans stay inside the group.
    /// </summary>
    public static void CheckRows(int columnCount, List<(TableRow Row, int Offset)> rows, Action<int, string> error)
    {
        var occupied = new int[columnCount]; // rows still covered by a span from above, per column
        for (var r = 0; r < rows.Count; r++)
        {
            var (row, offset) = rows[r];
            var taken = occupied.Select(n => n > 0).ToArray();
            var col = 0;
            foreach (var cell in row.Cells)
            {
                while (col < columnCount && taken[col])
                {
                    col++;
                }
                if (col + cell.ColSpan > columnCount)
                {
                    error(offset, $"这一行的格子超出了表格的 {columnCount} 列");
                    break;
                }
                for (var c = col; c < col + cell.ColSpan; c++)
                {
                    taken[c] = true;
                    occupied[c] = Math.Max(occupied[c], cell.RowSpan);
                }
                if (r + cell.RowSpan > rows.Count)
                {
                    error(offset, $"跨 {cell.RowSpan} 行的格子超出了这一组的最后一行");
                }
                col += cell.ColSpan;
            }
            var covered = taken.Count(t => t);
            if (covered < columnCount)
            {
                error(offset, $"这一行只有 {covered} 列，表格有 {columnCount} 列（空格子也要写出来：a | | c）");
            }
            for (var c = 0; c < columnCount; c++)
            {
                occupied[c] = Math.Max(0, occupied[c] - 1);
            }
        }
    }
}
