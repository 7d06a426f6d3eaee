using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ReportGen.Html.Tests.Support;

/// <summary>
/// An HTML table's rows resolved into a grid the way a browser places them (rowspan and colspan),
/// each cell's text at its first position and empty strings at the positions it covers — the same
/// shape as <see cref="ReportGen.Core.Documents.TableGrid.Expand"/> gives for the model.
/// </summary>
internal static class HtmlGrid
{
    public static List<string[]> Expand(IEnumerable<IHtmlTableRowElement> rows, int columns)
    {
        var grid = new List<string[]>();
        var covered = new List<bool[]>();
        var r = 0;
        foreach (var row in rows)
        {
            Ensure(grid, covered, r, columns);
            var c = 0;
            foreach (var cell in row.Cells)
            {
                while (c < columns && covered[r][c])
                {
                    c++;
                }
                Assert.True(c < columns, $"row {r + 1} has more cells than {columns} columns: {row.OuterHtml}");
                grid[r][c] = Text(cell);
                for (var rr = r; rr < r + cell.RowSpan; rr++)
                {
                    Ensure(grid, covered, rr, columns);
                    for (var cc = c; cc < Math.Min(columns, c + cell.ColumnSpan); cc++)
                    {
                        covered[rr][cc] = true;
                    }
                }
                c += cell.ColumnSpan;
            }
            r++;
        }
        return grid.Take(r).ToList();
    }

    /// <summary>The text a reader sees in an element: its text content with whitespace runs collapsed and trimmed.</summary>
    public static string Text(IElement element) => string.Join(" ", element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Ensure(List<string[]> grid, List<bool[]> covered, int row, int columns)
    {
        while (grid.Count <= row)
        {
            grid.Add(Enumerable.Repeat(string.Empty, columns).ToArray());
            covered.Add(new bool[columns]);
        }
    }
}
