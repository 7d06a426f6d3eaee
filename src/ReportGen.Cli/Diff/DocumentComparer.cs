using DiffPlex;
using DiffPlex.Chunkers;
using ReportGen.Core.Documents;

namespace ReportGen.Cli.Diff;

/// <summary>What differs: a sentence (or several in a row), a heading, or a table cell (or row, caption, note).</summary>
internal enum DifferenceKind
{
    Sentence,
    Heading,
    Table,
}

/// <summary>One difference between the documents made by the old and the new template set: where, and the old beside the new text.</summary>
internal sealed record Difference(DifferenceKind Kind, string Where, IReadOnlyList<string> Old, IReadOnlyList<string> New)
{
    /// <summary>How many sentences (headings, cells) the difference spans: the longer side.</summary>
    public int Count => Math.Max(Math.Max(Old.Count, New.Count), 1);

    public string KindText => Kind switch
    {
        DifferenceKind.Sentence => "句子",
        DifferenceKind.Heading => "标题",
        _ => "表格",
    };
}

/// <summary>
/// Compares two documents as a reader sees them: the narrative as a sequence of headings and sentences
/// (aligned with a line diff, so an inserted sentence does not shift every later one), and each table
/// (matched by its number, or title, and occurrence) cell by cell.
/// </summary>
internal static class DocumentComparer
{
    private sealed record Unit(DifferenceKind Kind, string Text, string Section);

    public static List<Difference> Compare(Document old, Document @new)
    {
        var result = CompareNarrative(Units(old), Units(@new));
        var oldTables = Keyed(old);
        var newTables = Keyed(@new);
        foreach (var (key, table) in oldTables)
        {
            if (!newTables.TryGetValue(key, out var other))
            {
                result.Add(new Difference(DifferenceKind.Table, TableName(table), [TableName(table)], ["（新模板中没有这张表）"]));
                continue;
            }
            result.AddRange(CompareTables(table, other));
        }
        foreach (var (key, table) in newTables.Where(t => !oldTables.ContainsKey(t.Key)))
        {
            result.Add(new Difference(DifferenceKind.Table, TableName(table), ["（旧模板中没有这张表）"], [TableName(table)]));
        }
        return result;
    }

    private static List<Unit> Units(Document document)
    {
        var units = new List<Unit>();
        var section = "";
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TitleBlock title:
                    units.AddRange(title.Lines.Select(l => new Unit(DifferenceKind.Heading, l, "标题")));
                    break;
                case Heading heading:
                    section = heading.FullText;
                    units.Add(new Unit(DifferenceKind.Heading, heading.FullText, section));
                    break;
                case Paragraph paragraph:
                    units.AddRange(Sentences(paragraph.Text).Select(s => new Unit(DifferenceKind.Sentence, s, section)));
                    break;
            }
        }
        return units;
    }

    /// <summary>A paragraph split after each 。；！？ (the mark stays with its sentence).</summary>
    internal static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '；' or '！' or '？')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }
        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            yield return text[start..];
        }
    }

    private static List<Difference> CompareNarrative(List<Unit> old, List<Unit> @new)
    {
        var result = new List<Difference>();
        foreach (var (a, aCount, b, bCount) in Blocks(old.Select(Line).ToList(), @new.Select(Line).ToList()))
        {
            var olds = old.GetRange(a, aCount);
            var news = @new.GetRange(b, bCount);
            var all = olds.Concat(news).ToList();
            var kind = all.All(u => u.Kind == DifferenceKind.Heading) ? DifferenceKind.Heading : DifferenceKind.Sentence;
            var section = news.Count > 0 ? news[0].Section : olds[0].Section;
            result.Add(new Difference(kind, section, [.. olds.Select(u => u.Text)], [.. news.Select(u => u.Text)]));
        }
        return result;
    }

    private static string Line(Unit unit) => unit.Text.Replace('\n', ' ');

    /// <summary>The differing blocks of two line sequences: (start in old, count, start in new, count).</summary>
    private static IEnumerable<(int OldStart, int OldCount, int NewStart, int NewCount)> Blocks(List<string> old, List<string> @new)
    {
        if (old.Count == 0 || @new.Count == 0)
        {
            // The chunker would see one empty line in an empty text.
            return old.Count == @new.Count ? [] : [(0, old.Count, 0, @new.Count)];
        }
        var diff = Differ.Instance.CreateDiffs(string.Join("\n", old), string.Join("\n", @new), false, false, LineChunker.Instance);
        return diff.DiffBlocks.Select(d => (d.DeleteStartA, d.DeleteCountA, d.InsertStartB, d.InsertCountB));
    }

    private static Dictionary<string, Table> Keyed(Document document)
    {
        var result = new Dictionary<string, Table>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in document.Blocks.OfType<Table>())
        {
            var name = table.Number ?? table.Title;
            seen[name] = seen.GetValueOrDefault(name) + 1;
            result[name + "#" + seen[name]] = table;
        }
        return result;
    }

    private static string TableName(Table table) => (table.Number is null ? "" : table.Number + " ") + table.Title;

    private static IEnumerable<Difference> CompareTables(Table old, Table @new)
    {
        var name = old.Number ?? old.Title;
        var oldLines = Meta(old);
        var newLines = Meta(@new);
        foreach (var (a, aCount, b, bCount) in Blocks(oldLines, newLines))
        {
            yield return new Difference(DifferenceKind.Table, name + " 标题、说明", oldLines.GetRange(a, aCount), newLines.GetRange(b, bCount));
        }
        var oldGrid = Grid(old);
        var newGrid = Grid(@new);
        var header = old.HeaderRows.Count;
        foreach (var (a, aCount, b, bCount) in Blocks([.. oldGrid.Select(r => string.Join("\t", r))], [.. newGrid.Select(r => string.Join("\t", r))]))
        {
            if (aCount == bCount && oldGrid[a].Length == newGrid[b].Length)
            {
                for (var i = 0; i < aCount; i++)
                {
                    var o = oldGrid[a + i];
                    var n = newGrid[b + i];
                    for (var c = 0; c < o.Length; c++)
                    {
                        if (o[c] != n[c])
                        {
                            var where = $"{name} {(a + i < header ? "表头" : RowLabel(n, a + i - header + 1))} 第{c + 1}列{ColumnLabel(newGrid, @new.HeaderRows.Count, c)}";
                            yield return new Difference(DifferenceKind.Table, where, [o[c]], [n[c]]);
                        }
                    }
                }
                continue;
            }
            yield return new Difference(DifferenceKind.Table, name + " 行",
                [.. oldGrid.GetRange(a, aCount).Select(r => string.Join(" | ", r))],
                [.. newGrid.GetRange(b, bCount).Select(r => string.Join(" | ", r))]);
        }
    }

    private static List<string> Meta(Table table) =>
    [
        TableName(table),
        .. table.Subtitles,
        .. new[] { table.LeftCaption, table.RightCaption }.OfType<string>(),
        .. table.Notes,
    ];

    private static List<string[]> Grid(Table table) =>
        [.. TableGrid.Expand(table, table.HeaderRows), .. TableGrid.Expand(table, table.BodyRows)];

    private static string RowLabel(string[] row, int number)
    {
        var label = string.Join(" ", row.Take(2).Where(c => c.Length > 0));
        return label.Length == 0 ? $"第{number}行" : $"第{number}行（{label}）";
    }

    private static string ColumnLabel(List<string[]> grid, int headerRows, int column)
    {
        for (var r = Math.Min(headerRows, grid.Count) - 1; r >= 0; r--)
        {
            if (grid[r][column].Length > 0)
            {
                return "（" + grid[r][column] + "）";
            }
        }
        return "";
    }
}
