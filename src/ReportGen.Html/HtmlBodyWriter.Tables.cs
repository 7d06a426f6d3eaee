using System.Globalization;
using ReportGen.Core.Documents;

namespace ReportGen.Html;

/// <summary>
/// Tables: a focusable box that scrolls sideways (so the page never does), holding a real table with
/// its title lines in the <c>caption</c>, relative column widths, header rows in <c>thead</c> with
/// <c>th scope</c> and their spans, body rows in <c>tbody</c>. In body rows the name columns are row
/// headers (<c>th scope="row"</c>): the columns without figures of a table that has figures, or the
/// first column of a form (a table without header rows). The 目录 sits in <c>nav</c> and links
/// each numbered table.
/// </summary>
internal sealed partial class HtmlBodyWriter
{
    private const string Cell = "border:1px solid #595959;padding:0.2em 0.4em;vertical-align:middle";

    private void WriteTable(Table table, LookBuilder flow)
    {
        var contents = _anchors.IsContents(table);
        var label = Label(table);
        var block = contents ? "nav" : "div";
        var padding = _style.Table.CellPaddingHorizontalPt / _style.Font(Core.Styling.FontRoleNames.Table).SizePt;
        var widths = ColumnMinimums.Of(table, _style.Web.TableMinCharsPerWidthUnit, padding);
        var total = widths.Sum();
        var carriers = MinimumCarriers(table, widths);
        var minWidth = PageStyleSheet.Number(total) + "em";
        // --table-min: the narrowest the page lets this table get before its box scrolls.
        flow.Add("table-block", "margin:1.5em 0").PageOnly("--table-min:" + minWidth);
        if (!table.RepeatHeader)
        {
            flow.Add("no-repeat");
        }
        _html.Open(block, [.. flow.Attributes(), ("id", contents ? ContentsId : null), ("aria-label", contents ? label : null)]).Line();
        _html.Open("div", _look.Of("table-scroll", "overflow-x:auto;max-width:100%"), ("tabindex", "0"), ("role", "group"), ("aria-label", label)).Line();
        var tableLook = new LookBuilder(_look).Add(null, "border-collapse:collapse;width:100%;min-width:" + minWidth);
        _html.Open("table", [.. tableLook.Attributes(), ("id", _anchors.IdOf(table))]).Line();
        WriteCaption(table);
        if (_look.Inline)
        {
            // The page lets the browser size the columns to their content; a CMS page gets the proportions.
            _html.Open("colgroup");
            foreach (var width in widths)
            {
                _html.Open("col", HtmlLook.Style("width:" + (width / total * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"));
            }
            _html.Close("colgroup").Line();
        }
        if (table.HeaderRows.Count > 0)
        {
            _html.Open("thead").Line();
            WriteRows(table, table.HeaderRows, header: true, contents, carriers);
            _html.Close("thead").Line();
        }
        _html.Open("tbody").Line();
        WriteRows(table, table.BodyRows, header: false, contents, carriers);
        _html.Close("tbody").Line();
        _html.Close("table").Line().Close("div").Line();
        foreach (var note in table.Notes)
        {
            _html.Element("p", note, _look.Of("table-note", "font-size:0.875em")).Line();
        }
        _html.Close(block);
    }

    private void WriteCaption(Table table)
    {
        // The title lines stay in view while a wide table scrolls under them (sticky, as wide as the screen at most).
        // (A browser centres a caption's blocks too, -webkit-center: the caption itself is set left.)
        _html.Open("caption", _look.Of(null, "text-align:left")).Open("span", _look.Of("caption-inner", "display:block;position:sticky;left:0;max-width:min(100%,calc(100vw - 2rem))")).Line();
        if (table.Number is not null)
        {
            _html.Element("span", table.Number, _look.Of("t-number", "display:block;text-align:left")).Line();
        }
        _html.Element("span", table.Title, _look.Of("t-title", "display:block;text-align:center;font-weight:bold;font-size:1.25em")).Line();
        foreach (var subtitle in table.Subtitles)
        {
            _html.Element("span", subtitle, _look.Of("t-sub", "display:block;text-align:center")).Line();
        }
        if (table.LeftCaption is not null || table.RightCaption is not null)
        {
            _html.Open("span", _look.Of("t-lines", "display:flex;flex-wrap:wrap;justify-content:space-between;text-align:left"));
            _html.Element("span", table.LeftCaption ?? "").Text(" ").Element("span", table.RightCaption ?? "");
            _html.Close("span").Line();
        }
        _html.Close("span").Close("caption").Line();
    }

    private void WriteRows(Table table, IReadOnlyList<TableRow> rows, bool header, bool contents, Dictionary<TableCell, double> carriers)
    {
        var rowHeaders = header ? [] : RowHeaderColumns(table);
        var placed = TableGrid.Place(table.Columns.Count, rows);
        var at = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowLook = new LookBuilder(_look);
            _ = row.Kind switch
            {
                RowKind.Total => rowLook.Add("total", "font-weight:bold"),
                RowKind.Group => rowLook.Add("group"),
                _ => rowLook,
            };
            _html.Open("tr", [.. rowLook.Attributes()]);
            var target = contents ? _anchors.Target(row) : null;
            var link = target is null ? null : TableAnchors.LinkCell(row, target);
            for (; at < placed.Count && placed[at].Row == r; at++)
            {
                var (_, column, cell) = placed[at];
                var asHeader = cell.Text.Length > 0 && (header || rowHeaders.Contains(column));
                var scope = !asHeader ? null : !header ? "row" : cell.ColSpan > 1 ? "colgroup" : "col";
                WriteCell(table, column, cell, scope, ReferenceEquals(cell, link) ? _anchors.IdOf(target!) : null, header, carriers.GetValueOrDefault(cell));
            }
            _html.Close("tr").Line();
        }
    }

    private void WriteCell(Table table, int column, TableCell cell, string? scope, string? linkTo, bool header, double minimumEm)
    {
        var spec = table.Columns[column];
        // A row header reads like the data cells beside it (browsers set th bold; a 合计 row is bold anyway).
        var look = new LookBuilder(_look).Add(null, scope == "row" ? Cell + ";font-weight:inherit" : Cell);
        var align = cell.Align ?? (header ? CellAlign.Center : spec.Align);
        _ = align switch
        {
            CellAlign.Right => look.Add("r", "text-align:right"),
            CellAlign.Center => look.Add("c", "text-align:center"),
            _ => look.Add(header ? "l" : null, "text-align:left"),
        };
        if (spec.Numeric && !header)
        {
            look.Add("num", "white-space:nowrap");
        }
        if (cell.Indent > 0)
        {
            var indent = PageStyleSheet.Number(0.4 + cell.Indent * _style.Table.IndentPerLevelChars);
            look.Add("indent-" + cell.Indent.ToString(CultureInfo.InvariantCulture), $"padding-left:{indent}em");
        }
        if (minimumEm > 0)
        {
            look.Always("min-width:" + PageStyleSheet.Number(minimumEm) + "em");
        }
        var tag = scope is null ? "td" : "th";
        _html.Open(tag, [
            .. look.Attributes(),
            ("scope", scope),
            ("colspan", cell.ColSpan > 1 ? cell.ColSpan.ToString(CultureInfo.InvariantCulture) : null),
            ("rowspan", cell.RowSpan > 1 ? cell.RowSpan.ToString(CultureInfo.InvariantCulture) : null),
        ]);
        if (linkTo is not null)
        {
            _html.Element("a", cell.Text, ("href", "#" + linkTo));
        }
        else
        {
            _html.Text(cell.Text);
        }
        _html.Close(tag);
    }

    /// <summary>
    /// For each column, the first cell spanning only that column, which carries the column's minimum
    /// as its min-width (browsers honour a cell's min-width for its column; a col element has none).
    /// </summary>
    private static Dictionary<TableCell, double> MinimumCarriers(Table table, double[] minimums)
    {
        var carriers = new Dictionary<TableCell, double>(ReferenceEqualityComparer.Instance);
        var done = new bool[minimums.Length];
        foreach (var rows in new[] { table.HeaderRows, table.BodyRows })
        {
            foreach (var placed in TableGrid.Place(minimums.Length, rows).Where(p => p.Cell.ColSpan == 1 && !done[p.Column]))
            {
                done[placed.Column] = true;
                carriers[placed.Cell] = minimums[placed.Column];
            }
        }
        return carriers;
    }

    /// <summary>Grid columns whose body cells are row headers (see the type's summary).</summary>
    private static HashSet<int> RowHeaderColumns(Table table)
    {
        if (table.HeaderRows.Count == 0)
        {
            return [0];
        }
        return table.Columns.Any(c => c.Numeric)
            ? [.. Enumerable.Range(0, table.Columns.Count).Where(i => !table.Columns[i].Numeric)]
            : [];
    }
}
