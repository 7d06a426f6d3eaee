using System.Text.RegularExpressions;
using ReportGen.Import.Sheets;

namespace ReportGen.Import.Tables;

/// <summary>
/// The header rows of a table and the label of every column: the texts of the header rows in that
/// column, merged cells counted in every column they span ("2024年预算数|基本支出").
/// </summary>
internal sealed partial class Header
{
    private Header(int first, int last, string[] labels)
    {
        FirstRow = first;
        LastRow = last;
        Labels = labels;
    }

    public int FirstRow { get; }
    public int LastRow { get; }
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The first body row.</summary>
    public int BodyStart => LastRow + 1;

    /// <summary>The first column whose label satisfies the test, or -1.</summary>
    public int Column(Func<string, bool> test, int after = -1)
    {
        for (var c = after + 1; c < Labels.Count; c++)
        {
            if (test(Labels[c]))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>The last part of a column's label (the lowest header row's text).</summary>
    public string Leaf(int column) => Labels[column].Split('|')[^1];

    /// <summary>
    /// Finds the header of the table in <paramref name="segment"/>: it starts at the first row (after the
    /// captions) whose cells satisfy <paramref name="anchor"/> and runs down to the last row before the
    /// first body row (a row with a number, a 合计, or a classification code).
    /// </summary>
    public static Header? Find(Segment segment, Func<string, bool> anchor)
    {
        var sheet = segment.Sheet;
        var first = -1;
        foreach (var r in segment.Rows)
        {
            if (sheet.CellsOf(r).Any(c => anchor(TableKinds.Compact(c.Text))))
            {
                first = r;
                break;
            }
        }
        if (first < 0)
        {
            return null;
        }
        // Group labels above the anchor row ("2024年预算数" over 合计 … 公务接待费) belong to the header.
        while (first - 1 >= segment.Start && !sheet.IsBlankRow(first - 1) && !IsCaption(sheet.RowText(first - 1)))
        {
            first--;
        }
        var last = first;
        for (var r = first + 1; r < segment.End && r <= first + 4; r++)
        {
            if (IsBodyRow(sheet, r) || sheet.IsBlankRow(r) && !CoveredByMerge(sheet, r))
            {
                break;
            }
            last = r;
        }
        var columns = Enumerable.Range(first, last - first + 1).Select(r => Width(sheet, r)).Max();
        var labels = new string[columns];
        for (var c = 0; c < columns; c++)
        {
            var parts = new List<string>();
            for (var r = first; r <= last; r++)
            {
                var text = TableKinds.Compact(r < last ? GroupText(sheet, r, c) : sheet.MergedText(r, c));
                if (text.Length > 0 && (parts.Count == 0 || parts[^1] != text))
                {
                    parts.Add(text);
                }
            }
            labels[c] = string.Join("|", parts);
        }
        return new Header(first, last, labels);
    }

    /// <summary>
    /// The text of a group header cell: its own or its merged range's; when the workbook did not merge
    /// the group ("2024年预算数" then blanks), the nearest text to its left in that row, as a reader
    /// takes the blanks after a group label to belong to it.
    /// </summary>
    private static string GroupText(Sheet sheet, int row, int column)
    {
        var text = sheet.MergedText(row, column);
        if (text.Length > 0 || sheet.RangeAt(row, column) is not null)
        {
            return text;
        }
        for (var c = column - 1; c >= 0; c--)
        {
            if (sheet.RangeAt(row, c) is not null)
            {
                return "";
            }
            if (!sheet[row, c].IsEmpty)
            {
                return sheet[row, c].Text;
            }
        }
        return "";
    }

    /// <summary>Caption and subtitle lines carry a colon (部门全称：, 单位：元) or stand in brackets.</summary>
    private static bool IsCaption(string text) =>
        text.Contains('：') || text.Contains(':') || text.StartsWith('(') || text.StartsWith('（');

    private static int Width(Sheet sheet, int row) =>
        Math.Max(sheet.CellsOf(row).Select(c => c.Column + 1).DefaultIfEmpty(0).Max(),
            sheet.Merged.Where(m => m.FromRow <= row && m.ToRow >= row).Select(m => m.ToColumn + 1).DefaultIfEmpty(0).Max());

    private static bool CoveredByMerge(Sheet sheet, int row) => sheet.Merged.Any(m => m.FromRow < row && m.ToRow >= row);

    /// <summary>A row of data rather than of labels: a number, a 合计/总计, or a code in a cell.</summary>
    public static bool IsBodyRow(Sheet sheet, int row)
    {
        var cells = sheet.CellsOf(row).ToList();
        if (cells.Any(c => c.IsNumber || CodeText().IsMatch(c.Text) || AmountText().IsMatch(c.Text)))
        {
            return true;
        }
        // A 合计 row with nothing else but amounts (or blanks); a header row has other labels beside its 合计.
        return cells.Count > 0 && IsTotalLabel(cells[0].Text) && cells.Skip(1).All(c => c.IsNumber || AmountText().IsMatch(c.Text) || c.Text is "-" or "—");
    }

    public static bool IsTotalLabel(string text)
    {
        var t = TableKinds.Compact(text);
        return t is "合计" or "总计" or "合计数" or "总合计" or "支出合计" or "本年合计";
    }

    [GeneratedRegex(@"^\d{3,}$")]
    private static partial Regex CodeText();

    [GeneratedRegex(@"^-?[\d,]+\.\d+$")]
    private static partial Regex AmountText();
}
