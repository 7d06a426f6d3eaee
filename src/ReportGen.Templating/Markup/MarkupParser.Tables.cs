using System.Globalization;
using ReportGen.Core.Documents;

namespace ReportGen.Templating.Markup;

// Tables: @table NUMBER | TITLE … @end.
internal sealed partial class MarkupParser
{
    private void StartTable(string rest, int offset)
    {
        var parts = SplitCells(rest);
        if (parts.Count != 2)
        {
            _error(offset, "@table 的写法是“@table 表五 | 标题”（无编号的表写“@table | 标题”）");
            parts = parts.Count == 0 ? ["", ""] : parts.Count == 1 ? ["", parts[0]] : parts;
        }
        var number = MarkupEscaping.Unescape(parts[0].Trim());
        _table = new TableBuilder(number.Length == 0 ? null : number, MarkupEscaping.Unescape(parts[1].Trim()), offset);
    }

    private void TableLine(string line, int offset)
    {
        var table = _table!;
        if (line[0] != '@')
        {
            _error(offset, "表格中的每一行都要以指令开头（@head @row @total @group @note … @end）");
            return;
        }
        var (name, rest) = SplitDirective(line);
        switch (name)
        {
            case "subtitle":
                table.Subtitles.Add(MarkupEscaping.Unescape(rest));
                break;
            case "left":
                table.LeftCaption = MarkupEscaping.Unescape(rest);
                break;
            case "right":
                table.RightCaption = MarkupEscaping.Unescape(rest);
                break;
            case "note":
                table.Notes.Add(MarkupEscaping.Unescape(rest));
                break;
            case "newpage":
                table.StartOnNewPage = true;
                break;
            case "norepeat":
                table.RepeatHeader = false;
                break;
            case "toc":
                table.Toc = true;
                break;
            case "columns":
                table.Columns = [.. SplitCells(rest).Select(spec => Column(spec, offset))];
                table.ColumnsOffset = offset;
                break;
            case "head":
                table.Head.Add((new TableRow(Cells(rest, offset)), offset));
                break;
            case "row" or "total" or "group":
                var kind = name switch { "total" => RowKind.Total, "group" => RowKind.Group, _ => RowKind.Normal };
                table.Body.Add((new TableRow(Cells(rest, offset), kind), offset));
                break;
            case "end":
                EndTable(table);
                break;
            default:
                _error(offset, $"表格中不能使用“@{name}”（可用：@subtitle @left @right @columns @head @row @total @group @toc @note @newpage @norepeat @end）");
                break;
        }
    }

    private void EndTable(TableBuilder table)
    {
        _table = null;
        if (table.Columns is not { Count: > 0 } columns)
        {
            _error(table.Offset, "表格缺少 @columns（列的对齐和宽度）");
            return;
        }
        TableBuilder.CheckRows(columns.Count, table.Head, _error);
        TableBuilder.CheckRows(columns.Count, table.Body, _error);
        if (table.Toc)
        {
            if (columns.Count != 3)
            {
                _error(table.ColumnsOffset, "目录表（@toc）要有 3 列：序号 | 表号 | 表名");
            }
            _tocTables.Add(_blocks.Count);
        }
        _blocks.Add(table.Build());
    }

    /// <summary>Fills each @toc table with one row per numbered table of the document, in order (title with its subtitles).</summary>
    private void FillTocs()
    {
        var entries = _blocks.OfType<Table>()
            .Where(t => t.Number is not null)
            .DistinctBy(t => t.Number)
            .Select((t, i) => new TableRow([new TableCell((i + 1).ToString(CultureInfo.InvariantCulture)), new TableCell(t.Number!), new TableCell(t.Title + string.Concat(t.Subtitles))]))
            .ToList();
        foreach (var index in _tocTables)
        {
            var toc = (Table)_blocks[index];
            _blocks[index] = toc with { BodyRows = [.. toc.BodyRows, .. entries] };
        }
    }

    private ColumnSpec Column(string spec, int offset)
    {
        var align = CellAlign.Left;
        var width = 1.0;
        var numeric = false;
        foreach (var token in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            switch (token)
            {
                case "left": align = CellAlign.Left; break;
                case "center": align = CellAlign.Center; break;
                case "right": align = CellAlign.Right; break;
                case "num": numeric = true; align = CellAlign.Right; break;
                default:
                    if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out width) || width <= 0)
                    {
                        _error(offset, $"列定义中的“{token}”无法识别（可用：left center right num 和宽度数字，如 “num 1.5”）");
                        width = 1.0;
                    }
                    break;
            }
        }
        return new ColumnSpec(align, width) { Numeric = numeric };
    }

    private List<TableCell> Cells(string rest, int offset) => [.. SplitCells(rest).Select(c => Cell(c, offset))];

    private TableCell Cell(string source, int offset)
    {
        var text = source.Trim();
        var cell = new TableCell("");
        if (text.EndsWith('}') && !IsEscaped(text, text.Length - 1) && FindUnescaped(text, '{') is var open and >= 0)
        {
            cell = Attributes(text[(open + 1)..^1], offset);
            text = text[..open].TrimEnd();
        }
        return cell with { Text = MarkupEscaping.Unescape(text) };
    }

    private TableCell Attributes(string attributes, int offset)
    {
        var cell = new TableCell("");
        foreach (var token in attributes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = token.IndexOf('=');
            var key = eq < 0 ? token : token[..eq];
            var ok = int.TryParse(eq < 0 ? "" : token[(eq + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n);
            cell = (key, ok) switch
            {
                ("left", _) => cell with { Align = CellAlign.Left },
                ("center", _) => cell with { Align = CellAlign.Center },
                ("right", _) => cell with { Align = CellAlign.Right },
                ("cols", true) when n >= 1 => cell with { ColSpan = n },
                ("rows", true) when n >= 1 => cell with { RowSpan = n },
                ("indent", true) => cell with { Indent = n },
                _ => Unknown(token),
            };
        }
        return cell;

        TableCell Unknown(string token)
        {
            _error(offset, $"格子属性“{token}”无法识别（可用：cols=N rows=N indent=N left center right）");
            return cell;
        }
    }

    /// <summary>Splits at unescaped "|".</summary>
    private static List<string> SplitCells(string text)
    {
        var cells = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '|')
            {
                cells.Add(text[start..i].Trim());
                start = i + 1;
            }
        }
        cells.Add(text[start..].Trim());
        return cells;
    }

    private static int FindUnescaped(string text, char ch)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == ch)
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsEscaped(string text, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
