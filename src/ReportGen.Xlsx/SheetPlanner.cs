using ReportGen.Core.Documents;
using ReportGen.Core.Layout;
using ReportGen.Core.Styling;

namespace ReportGen.Xlsx;

/// <summary>
/// Lays the document's tables out as the sheets of the published attachment: a 目录 sheet (the
/// document's contents table, its table numbers linked to their sheets), then one sheet per table
/// number in document order, named by the number (表一 … 表十七). Blocks sharing a number (表十七: one
/// form per project) are stacked on their sheet with a blank row between. Each table is set as the
/// PDF sets it: the number, the title and subtitles, 部门全称 left and 单位 right, the header rows with
/// their spans, the body rows, the notes below. Narrative blocks are not part of the attachment.
/// </summary>
internal static class SheetPlanner
{
    /// <summary>The name of the contents sheet.</summary>
    public const string ContentsSheet = "目录";

    public static IReadOnlyList<SheetPlan> Plan(Document document, StyleSheet style)
    {
        var orientation = PageOrientation.Portrait;
        var numbered = new List<(string Number, PageOrientation Orientation, List<Table> Tables)>();
        var unnumbered = new List<(Table Table, PageOrientation Orientation)>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case SectionBreak b:
                    orientation = b.Orientation;
                    break;
                case Table { Number: null } t:
                    unnumbered.Add((t, orientation));
                    break;
                case Table t:
                    var index = numbered.FindIndex(g => g.Number == t.Number);
                    if (index < 0)
                    {
                        numbered.Add((t.Number!, orientation, [t]));
                    }
                    else
                    {
                        numbered[index].Tables.Add(t);
                    }
                    break;
            }
        }
        var numbers = numbered.Select(g => g.Number).ToHashSet(StringComparer.Ordinal);
        // The contents: the unnumbered table that lists the numbered ones.
        var contents = unnumbered.FirstOrDefault(u => u.Table.BodyRows.Any(r => r.Cells.Any(c => numbers.Contains(c.Text))));
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (contents.Table is not null)
        {
            used.Add(ContentsSheet);
        }
        var names = numbered.ToDictionary(g => g.Number, g => SheetName(g.Number, used), StringComparer.Ordinal);
        var sheets = new List<SheetPlan>();
        if (contents.Table is not null)
        {
            sheets.Add(Sheet(ContentsSheet, contents.Orientation, [contents.Table], style, names));
        }
        sheets.AddRange(numbered.Select(g => Sheet(names[g.Number], g.Orientation, g.Tables, style, null)));
        return sheets;
    }

    /// <summary>
    /// A valid, unused sheet name for a table number: at most 31 characters, none of <c>[]:*?/\</c>,
    /// not starting or ending with an apostrophe, unique ignoring case. 表一 … 表十七 stay as they are.
    /// </summary>
    internal static string SheetName(string number, ISet<string> used)
    {
        var clean = new string([.. number.Select(c => "[]:*?/\\".Contains(c) || char.IsControl(c) ? '_' : c)]).Trim('\'');
        if (clean.Length == 0)
        {
            clean = "表";
        }
        clean = clean.Length > 31 ? clean[..31] : clean;
        var name = clean;
        for (var i = 2; !used.Add(name); i++)
        {
            var suffix = "(" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            name = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }
        return name;
    }

    private static SheetPlan Sheet(string name, PageOrientation orientation, IReadOnlyList<Table> tables, StyleSheet style, IReadOnlyDictionary<string, string>? links)
    {
        var plan = new SheetPlan(name, orientation);
        var columnCount = tables.Max(t => t.Columns.Count);
        plan.ColumnWidths = ColumnWidths(tables, style, orientation, columnCount);
        var row = 0;
        foreach (var table in tables)
        {
            if (row > 0)
            {
                row++; // a blank row between stacked forms
                if (table.StartOnNewPage)
                {
                    plan.PageBreaks.Add(row);
                }
            }
            row = new TableLayout(plan, table, style, columnCount, links).Place(row);
        }
        plan.RowCount = row;
        return plan;
    }

    /// <summary>
    /// The fonts a spreadsheet substitutes for the office fonts set digits wider than the estimate the
    /// PDF's widths rest on, and an amount that does not fit shows as ####: each column gets this much
    /// more room. Printing fits the sheet to the page width anyway.
    /// </summary>
    private const double Room = 1.12;

    /// <summary>
    /// Column widths in points: the width hints spread over the printable width of the page (the same
    /// rule as the DOCX, <see cref="TableColumnWidths"/>), over the rows of all the sheet's tables,
    /// then widened by <see cref="Room"/>.
    /// </summary>
    private static double[] ColumnWidths(IReadOnlyList<Table> tables, StyleSheet style, PageOrientation orientation, int columnCount)
    {
        var first = tables.First(t => t.Columns.Count == columnCount);
        var same = tables.Where(t => t.Columns.Count == columnCount).ToList();
        var all = first with
        {
            HeaderRows = [.. same.SelectMany(t => t.HeaderRows)],
            BodyRows = [.. same.SelectMany(t => t.BodyRows)],
        };
        var margins = orientation == PageOrientation.Landscape ? style.Page.Landscape : style.Page.Portrait;
        var pageMm = orientation == PageOrientation.Landscape ? Math.Max(style.Page.WidthMm, style.Page.HeightMm) : Math.Min(style.Page.WidthMm, style.Page.HeightMm);
        var printablePt = (pageMm - margins.LeftMm - margins.RightMm) / 25.4 * 72;
        const double UnitsPerPoint = 100;
        return [.. TableColumnWidths.For(all, style, (int)Math.Round(printablePt * UnitsPerPoint), UnitsPerPoint).Select(w => w / UnitsPerPoint * Room)];
    }
}
