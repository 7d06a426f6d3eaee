using ReportGen.Import.Sheets;

namespace ReportGen.Import.Tables;

/// <summary>
/// One table found in a workbook: the rows of a sheet from its title (or the sheet's top) to the next
/// title (or the sheet's end), what table it is, and its caption lines.
/// </summary>
internal sealed record Segment(Sheet Sheet, TableKind Kind, int TitleRow, int Start, int End, string Title)
{
    /// <summary>Rows of the segment after the title, in order.</summary>
    public IEnumerable<int> Rows => Enumerable.Range(Start, Math.Max(0, End - Start));
}

/// <summary>Splits the sheets of a workbook into tables by their titles, and classifies each.</summary>
internal static class SegmentFinder
{
    public static List<Segment> Find(IEnumerable<Sheet> sheets)
    {
        var found = new List<Segment>();
        foreach (var sheet in sheets)
        {
            if (TableKinds.Compact(sheet.Name).Contains("目录", StringComparison.Ordinal))
            {
                continue;
            }
            var titles = Enumerable.Range(0, sheet.RowCount).Where(r => IsTitleRow(sheet, r)).ToList();
            if (titles.Count == 0)
            {
                // No title inside: the sheet name says what it is ("表五", "3.15部门收支总表").
                var kind = TableKinds.ByNumber(sheet.Name) ?? TableKinds.Classify(sheet.Name, HeaderText(sheet, 0));
                if (kind is TableKind k)
                {
                    found.Add(new Segment(sheet, k, -1, 0, sheet.RowCount, sheet.Name));
                }
                continue;
            }
            for (var i = 0; i < titles.Count; i++)
            {
                var row = titles[i];
                var end = i + 1 < titles.Count ? titles[i + 1] : sheet.RowCount;
                var title = sheet.RowText(row);
                var subtitle = sheet.RowText(row + 1);
                var text = subtitle.StartsWith('(') || subtitle.StartsWith('（') ? title + subtitle : title;
                var kind = TableKinds.Classify(text, HeaderText(sheet, row + 1))
                    ?? (titles.Count == 1 ? TableKinds.ByNumber(sheet.Name) : null);
                if (kind is TableKind k)
                {
                    found.Add(new Segment(sheet, k, row, row + 1, end, text));
                }
            }
        }
        return found;
    }

    /// <summary>A title is alone on its row and reads as a table title.</summary>
    private static bool IsTitleRow(Sheet sheet, int row)
    {
        var cells = sheet.CellsOf(row).ToList();
        return cells.Count == 1 && !cells[0].IsNumber && TableKinds.LooksLikeTitle(cells[0].Text);
    }

    private static string HeaderText(Sheet sheet, int from) =>
        string.Concat(Enumerable.Range(from, 6).Select(sheet.RowText));
}
