using ReportGen.Core.Documents;

namespace ReportGen.Core.Layout;

/// <summary>
/// Tables of one kind that follow each other — the same number, title and columns, nothing but
/// page or section breaks between them, like the project forms of 表十七 — form a group: both
/// renderers give the group one set of column widths (measured over all its cells), and forms after
/// the first may share a page (<see cref="Styling.TableStyle.FormsSharePages"/>).
/// </summary>
public static class FormGroups
{
    /// <summary>For each table block index, the block indices of its group in order (a lone table: itself only).</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<int>> Of(IReadOnlyList<Block> blocks)
    {
        var result = new Dictionary<int, IReadOnlyList<int>>();
        List<int>? current = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case Table t:
                    if (current is null || !SameKind((Table)blocks[current[0]], t))
                    {
                        current = [];
                    }
                    current.Add(i);
                    result[i] = current;
                    break;
                case PageBreak or SectionBreak:
                    break;
                default:
                    current = null;
                    break;
            }
        }
        return result;
    }

    /// <summary>True for a table that follows an earlier one of its group (not the group's first).</summary>
    public static bool FollowsSameKind(IReadOnlyDictionary<int, IReadOnlyList<int>> groups, int blockIndex) =>
        groups.TryGetValue(blockIndex, out var g) && g[0] != blockIndex;

    /// <summary>
    /// A table holding the header and body rows of every table of the group (each table's row spans
    /// stay inside its own rows): what column widths are measured on.
    /// </summary>
    public static Table Combined(IReadOnlyList<Block> blocks, IReadOnlyList<int> group)
    {
        var first = (Table)blocks[group[0]];
        if (group.Count == 1)
        {
            return first;
        }
        var tables = group.Select(i => (Table)blocks[i]).ToList();
        return first with
        {
            HeaderRows = [.. tables.SelectMany(t => t.HeaderRows)],
            BodyRows = [.. tables.SelectMany(t => t.BodyRows)],
        };
    }

    private static bool SameKind(Table a, Table b) =>
        a.Number == b.Number && a.Title == b.Title && a.Columns.Count == b.Columns.Count
        && a.Columns.Zip(b.Columns).All(p => p.First.Width.Equals(p.Second.Width) && p.First.Numeric == p.Second.Numeric);
}
