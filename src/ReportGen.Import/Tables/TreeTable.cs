using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Import.Sheets;

namespace ReportGen.Import.Tables;

/// <summary>An amount read from a cell, with the cell it came from.</summary>
internal readonly record struct Figure(decimal Value, Cell Cell);

/// <summary>A body row of a classification table: its code, name and amounts by column role.</summary>
internal sealed record TreeRow(int Row, string Code, string Name, Cell CodeCell, IReadOnlyDictionary<string, Figure> Amounts)
{
    public decimal this[string role] => Amounts.TryGetValue(role, out var f) ? f.Value : 0m;
}

/// <summary>
/// A table of classification codes (表二, 表三, 表五 to 表九, 表十一, 表十二): codes in one column
/// (201 / 20103 / 2010301) or split into 类 | 款 | 项 columns, a name column, amount columns by role,
/// a 合计 row first or last, notes and footers ignored.
/// </summary>
internal sealed partial class TreeTable
{
    public required Segment Segment { get; init; }
    public required Header Header { get; init; }
    /// <summary>Column of each amount role.</summary>
    public required IReadOnlyDictionary<string, int> Columns { get; init; }
    public TreeRow? Total { get; init; }
    public required IReadOnlyList<TreeRow> Rows { get; init; }
    /// <summary>Note rows (备注：…) found under the table.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    public Sheet Sheet => Segment.Sheet;

    /// <summary>
    /// Reads a classification table. <paramref name="roles"/> maps a column label to its role (or null
    /// for a column that is not read). Returns null (with an error) when the header cannot be found.
    /// </summary>
    public static TreeTable? Read(ImportContext ctx, Segment segment, Func<string, string?> roles)
    {
        var header = Header.Find(segment, l => l.Contains("科目编码", StringComparison.Ordinal) || l.Contains("科目名称", StringComparison.Ordinal)
            || l is "类" or "款" or "项" || l.EndsWith("编码", StringComparison.Ordinal));
        var sheet = segment.Sheet;
        if (header is null)
        {
            var at = sheet[segment.TitleRow < 0 ? 0 : segment.TitleRow, 0];
            ctx.Error(ImportRules.Layout, sheet, at, $"{segment.Kind.Describe()}中找不到表头（“科目编码”“科目名称”或“类”“款”“项”列）");
            return null;
        }
        var split = SplitColumns(header);
        var isSplit = split[0] >= 0 && split[1] >= 0;
        var codeColumn = isSplit ? split[0] : header.Column(l => l.Contains("编码", StringComparison.Ordinal) || l.Contains("代码", StringComparison.Ordinal));
        var nameColumn = header.Column(l => l.Contains("名称", StringComparison.Ordinal));
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Labels.Count; c++)
        {
            if (c == codeColumn || c == nameColumn || isSplit && split.Contains(c) || header.Labels[c].Length == 0)
            {
                continue;
            }
            if (roles(header.Labels[c]) is string role && !columns.ContainsKey(role))
            {
                columns[role] = c;
            }
        }

        TreeRow? total = null;
        var rows = new List<TreeRow>();
        var notes = new List<string>();
        string lei = "", kuan = "";
        for (var r = header.BodyStart; r < segment.End; r++)
        {
            if (sheet.IsBlankRow(r))
            {
                continue;
            }
            var text = TableKinds.Compact(sheet.RowText(r));
            if (IsNote(text))
            {
                notes.Add(sheet.RowText(r));
                continue;
            }
            if (IsFooter(text))
            {
                continue;
            }
            var codeCell = sheet[r, Math.Max(0, codeColumn)];
            var nameCell = nameColumn >= 0 ? sheet[r, nameColumn] : codeCell;
            string code;
            if (isSplit)
            {
                (code, codeCell) = SplitCode(sheet, r, split, ref lei, ref kuan);
            }
            else
            {
                code = codeColumn >= 0 ? CodePart(codeCell) : "";
            }
            var isTotal = Header.IsTotalLabel(codeCell.Text) || Header.IsTotalLabel(nameCell.Text)
                || code.Length == 0 && sheet.CellsOf(r).FirstOrDefault() is { } first && Header.IsTotalLabel(first.Text);
            if (!isTotal && code.Length == 0)
            {
                if (sheet.CellsOf(r).Any(c => c.IsNumber))
                {
                    ctx.Error(ImportRules.Layout, sheet, sheet.CellsOf(r).First(),
                        $"{segment.Kind.Number()}第 {r + 1} 行有金额但没有科目编码，无法确定它属于哪个科目");
                }
                // A repeated header line or a text line: nothing to read.
                continue;
            }
            if (!isTotal && !CodeDigits().IsMatch(code))
            {
                ctx.Error(ImportRules.Layout, sheet, codeCell, $"科目编码应为数字，实际为“{ImportContext.Shorten(codeCell.Text)}”");
                continue;
            }
            var amounts = new Dictionary<string, Figure>(StringComparer.Ordinal);
            foreach (var (role, column) in columns)
            {
                var cell = sheet[r, column];
                amounts[role] = new Figure(ctx.Amount(sheet, cell, $"“{(isTotal ? "合计" : code)}”的{header.Leaf(column)}"), cell);
            }
            var row = new TreeRow(r, isTotal ? "" : code, isTotal ? "合计" : nameCell.Text, codeCell, amounts);
            if (isTotal)
            {
                total ??= row;
            }
            else
            {
                rows.Add(row);
            }
        }
        return new TreeTable { Segment = segment, Header = header, Columns = columns, Total = total, Rows = rows, Notes = notes };
    }

    /// <summary>The columns of codes split into 类 | 款 | 项 (-1 where absent), found by their header labels.</summary>
    public static int[] SplitColumns(Header header) =>
        [.. new[] { "类", "款", "项" }.Select(l => header.Column(x => x.Split('|')[^1] == l))];

    /// <summary>
    /// The full code of a row whose code is split into 类 | 款 | 项 ("201 | 05 | 07" → 2010507), and the
    /// cell it starts in. An empty 类 (or 款) repeats the one above, as printed forms often leave it out.
    /// </summary>
    public static (string Code, Cell Cell) SplitCode(Sheet sheet, int r, int[] split, ref string lei, ref string kuan)
    {
        var a = CodePart(sheet[r, split[0]]);
        var b = split[1] >= 0 ? CodePart(sheet[r, split[1]]) : "";
        var c = split[2] >= 0 ? CodePart(sheet[r, split[2]]) : "";
        if (a.Length == 0 && b.Length == 0 && c.Length == 0)
        {
            return ("", sheet[r, split[0]]);
        }
        if (a.Length > 0)
        {
            lei = a;
            kuan = "";
        }
        if (b.Length > 0)
        {
            kuan = b.Length >= 5 ? b[^2..] : b.PadLeft(2, '0');
        }
        var code = c.Length > 0 ? lei + kuan + (c.Length >= 7 ? c[^2..] : c.PadLeft(2, '0'))
            : b.Length > 0 ? lei + kuan
            : lei;
        var cell = a.Length > 0 ? sheet[r, split[0]] : b.Length > 0 ? sheet[r, split[1]] : sheet[r, split[2]];
        return (code, cell);
    }

    /// <summary>A code as text: numbers without decimals ("201", "5"), text trimmed.</summary>
    public static string CodePart(Cell cell) => cell.Value switch
    {
        double d when d == Math.Floor(d) && d >= 0 => ((long)d).ToString(CultureInfo.InvariantCulture),
        _ => TableKinds.Compact(cell.Text),
    };

    public static bool IsNote(string compact) =>
        compact.StartsWith("备注", StringComparison.Ordinal) || compact.StartsWith("注：", StringComparison.Ordinal) || compact.StartsWith("注:", StringComparison.Ordinal)
        || compact.StartsWith("说明：", StringComparison.Ordinal) || compact.Contains("故此表无数据", StringComparison.Ordinal) || compact.Contains("空表", StringComparison.Ordinal);

    public static bool IsFooter(string compact) =>
        FooterWords().IsMatch(compact);

    /// <summary>
    /// Checks the 合计 row (when there is one) against the sum of the top-level rows, and every node row
    /// (类, 款) against the sum of the rows one level below it, in every amount column.
    /// </summary>
    public void CheckSums(ImportContext ctx, int[] codeLengths, IEnumerable<string>? only = null)
    {
        var roles = (only ?? Columns.Keys).Where(Columns.ContainsKey).ToList();
        foreach (var role in roles)
        {
            var label = Header.Leaf(Columns[role]);
            if (Total is not null)
            {
                var top = Rows.Where(r => r.Code.Length == codeLengths[0]).Sum(r => r[role]);
                ctx.CheckSum(Sheet, Total.Amounts[role].Cell, $"“合计”行的{label}", top, Total[role], "各类之和");
            }
            for (var level = 0; level + 1 < codeLengths.Length; level++)
            {
                foreach (var node in Rows.Where(r => r.Code.Length == codeLengths[level]))
                {
                    var children = Children(node, codeLengths[level + 1]).ToList();
                    if (children.Count > 0)
                    {
                        ctx.CheckSum(Sheet, node.Amounts[role].Cell, $"“{node.Code} {node.Name}”的{label}", children.Sum(r => r[role]), node[role], "下级科目之和");
                    }
                }
            }
        }
    }

    private readonly Dictionary<(int Parent, int Child), ILookup<string, TreeRow>> _children = [];

    /// <summary>
    /// The rows with codes <paramref name="childLength"/> long that start with <paramref name="node"/>'s code,
    /// in sheet order, from an index made once per pair of levels (a scan of all rows per node made a
    /// sheet with thousands of stray rows take minutes).
    /// </summary>
    public IEnumerable<TreeRow> Children(TreeRow node, int childLength)
    {
        var parent = node.Code.Length;
        if (childLength < parent)
        {
            return [];
        }
        if (!_children.TryGetValue((parent, childLength), out var index))
        {
            index = Rows.Where(r => r.Code.Length == childLength).ToLookup(r => r.Code[..parent], StringComparer.Ordinal);
            _children[(parent, childLength)] = index;
        }
        return index[node.Code];
    }

    /// <summary>The rows of leaf level (the longest code length), with their figures.</summary>
    public IEnumerable<TreeRow> LeafRows(int length) => Rows.Where(r => r.Code.Length == length);

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex CodeDigits();

    [GeneratedRegex(@"制表人|制表日期|打印日期|打印时间|审核人|填报人|填表人|负责人|经办人|复核人|^第\d+页|^共\d+页")]
    private static partial Regex FooterWords();
}
