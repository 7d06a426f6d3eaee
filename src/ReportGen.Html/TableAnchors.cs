using System.Globalization;
using ReportGen.Core.Documents;

namespace ReportGen.Html;

/// <summary>
/// Anchors of the numbered tables (<c>table-1</c>, <c>table-2</c> … in document order, ASCII so
/// that CMS editors keep them) and the links of the 目录: a table without a number whose rows name
/// numbered tables ("表五") is the contents; each such row links to the first table of that number.
/// </summary>
internal sealed class TableAnchors
{
    private readonly Dictionary<Table, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Table> _firstByNumber = new(StringComparer.Ordinal);

    public TableAnchors(Document document)
    {
        var k = 0;
        foreach (var table in document.Blocks.OfType<Table>().Where(t => t.Number is not null))
        {
            _ids[table] = "table-" + (++k).ToString(CultureInfo.InvariantCulture);
            _firstByNumber.TryAdd(table.Number!, table);
        }
    }

    /// <summary>The anchor of a numbered table; null for a table without a number.</summary>
    public string? IdOf(Table table) => _ids.GetValueOrDefault(table);

    /// <summary>True when <paramref name="table"/> is a contents table: unnumbered, with at least one row naming a numbered table.</summary>
    public bool IsContents(Table table) =>
        table.Number is null && table.BodyRows.Any(r => Target(r) is not null);

    /// <summary>The numbered table a contents row names, if any.</summary>
    public Table? Target(TableRow row)
    {
        foreach (var cell in row.Cells)
        {
            if (_firstByNumber.TryGetValue(cell.Text.Trim(), out var table))
            {
                return table;
            }
        }
        return null;
    }

    /// <summary>
    /// The cell of a contents row that carries the link: the one holding the table's title (a link
    /// that reads as its destination), else the one holding its number.
    /// </summary>
    public static TableCell LinkCell(TableRow row, Table target) =>
        row.Cells.FirstOrDefault(c => c.Text.StartsWith(target.Title, StringComparison.Ordinal))
        ?? row.Cells.First(c => c.Text.Trim() == target.Number);
}
