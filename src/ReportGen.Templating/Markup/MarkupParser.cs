using System.Text;
using ReportGen.Core.Documents;

namespace ReportGen.Templating.Markup;

/// <summary>
/// Reads the line-oriented markup the templates render (documented in docs/templates.md) into the
/// blocks of a <see cref="Document"/>: one logical line per block (a trailing backslash joins the
/// next line; a blank line ends such a joined line), blank lines otherwise ignored. Mistakes are reported through a callback with the offset in the
/// rendered text, which the caller maps back to the template line that wrote it.
/// </summary>
internal sealed partial class MarkupParser
{
    private readonly Action<int, string> _error;
    private readonly List<Block> _blocks = [];
    private readonly List<int> _tocTables = [];
    private readonly Dictionary<string, string> _meta = new(StringComparer.Ordinal);
    private readonly StringBuilder _logical = new();
    private readonly List<(int Index, int Offset)> _segments = [];
    private List<string>? _title;
    private TableBuilder? _table;

    private MarkupParser(Action<int, string> error) => _error = error;

    /// <summary>The document the markup describes. <paramref name="error"/> receives (offset in <paramref name="text"/>, message).</summary>
    public static Document Parse(string text, Action<int, string> error)
    {
        var parser = new MarkupParser(error);
        var offset = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            parser.Physical(rawLine.TrimEnd('\r'), offset);
            offset += rawLine.Length + 1;
        }
        return parser.Finish();
    }

    private void Physical(string raw, int offset)
    {
        var line = raw.Trim();
        if (line.Length == 0)
        {
            // A blank line ends a continued line (e.g. a last part that a condition left empty).
            EndLogical();
            return;
        }
        offset += raw.Length - raw.TrimStart().Length;
        var continues = line.EndsWith('\\') && !IsEscaped(line, line.Length - 1);
        _segments.Add((_logical.Length, offset));
        _logical.Append(continues ? line[..^1].TrimEnd() : line);
        if (!continues)
        {
            EndLogical();
        }
    }

    private void EndLogical()
    {
        if (_segments.Count == 0)
        {
            return;
        }
        var logical = _logical.ToString();
        var segments = _segments.ToList();
        _logical.Clear();
        _segments.Clear();
        if (logical.Length > 0)
        {
            Logical(logical, index => OffsetOf(segments, index));
        }
    }

    private static int OffsetOf(List<(int Index, int Offset)> segments, int index)
    {
        var (start, offset) = segments.LastOrDefault(s => s.Index <= index, segments[0]);
        return offset + (index - start);
    }

    /// <summary>One logical line; <paramref name="at"/> maps an index in it to an offset in the rendered text.</summary>
    private void Logical(string line, Func<int, int> at)
    {
        if (_table is not null)
        {
            TableLine(line, at(0));
            return;
        }
        if (line[0] == '@')
        {
            Directive(line, at);
            return;
        }
        EndTitle();
        if (line[0] == '#')
        {
            Heading(line, at(0));
            return;
        }
        AddParagraph(ParagraphKind.Body, line, at);
    }

    private static (string Name, string Argument) SplitDirective(string line)
    {
        var space = line.IndexOf(' ');
        return space < 0 ? (line[1..], "") : (line[1..space], line[(space + 1)..].Trim());
    }

    private void Directive(string line, Func<int, int> at)
    {
        var (name, rest) = SplitDirective(line);
        var offset = at(0);
        if (name != "title")
        {
            EndTitle();
        }
        switch (name)
        {
            case "title":
                (_title ??= []).Add(MarkupEscaping.Unescape(rest));
                break;
            case "body" or "flush" or "center" or "note":
                var kind = name switch { "flush" => ParagraphKind.Flush, "center" => ParagraphKind.Centered, "note" => ParagraphKind.Note, _ => ParagraphKind.Body };
                var shift = line.Length - rest.Length;
                AddParagraph(kind, rest, index => at(index + shift));
                break;
            case "pagebreak":
                _blocks.Add(new PageBreak());
                break;
            case "landscape" or "portrait":
                _blocks.Add(new SectionBreak(name == "landscape" ? PageOrientation.Landscape : PageOrientation.Portrait));
                break;
            case "meta":
                Meta(rest, offset);
                break;
            case "table":
                StartTable(rest, offset);
                break;
            default:
                _error(offset, $"未知的指令“@{name}”（可用：@title @body @flush @center @note @pagebreak @landscape @portrait @meta @table）");
                break;
        }
    }

    private void Meta(string rest, int offset)
    {
        var (key, value) = SplitDirective("@" + rest);
        if (key is not ("title" or "author" or "subject" or "keywords"))
        {
            _error(offset, $"@meta 的属性只能是 title、author、subject、keywords，而不是“{key}”");
            return;
        }
        _meta[key] = MarkupEscaping.Unescape(value);
    }

    private void Heading(string line, int offset)
    {
        var level = line.TakeWhile(c => c == '#').Count();
        if (level > 4)
        {
            _error(offset, "标题最多四级（#### ）");
            level = 4;
        }
        var text = MarkupEscaping.Unescape(line[level..].Trim());
        if (Numbering.Match(text) is { } numbering)
        {
            _blocks.Add(new Heading(level, numbering.Label, text[numbering.Label.Length..].TrimStart()));
        }
        else
        {
            _blocks.Add(new Heading(level, "", text));
        }
    }

    private void AddParagraph(ParagraphKind kind, string text, Func<int, int> at)
    {
        var runs = InlineParser.Parse(text, (index, message) => _error(at(index), message));
        if (runs.Count > 0)
        {
            _blocks.Add(new Paragraph(runs, kind));
        }
    }

    private void EndTitle()
    {
        if (_title is not null)
        {
            _blocks.Add(new TitleBlock(_title));
            _title = null;
        }
    }

    private Document Finish()
    {
        EndLogical();
        if (_table is not null)
        {
            _error(_table.Offset, "表格没有以 @end 结束");
            _table = null;
        }
        EndTitle();
        FillTocs();
        var blocks = SectionBreaks.Normalize(_blocks);
        var title = _meta.GetValueOrDefault("title")
            ?? string.Concat(blocks.OfType<TitleBlock>().FirstOrDefault()?.Lines ?? []);
        var keywords = _meta.TryGetValue("keywords", out var k)
            ? k.Split(['，', ',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var info = new DocumentInfo(title, _meta.GetValueOrDefault("author") ?? "", _meta.GetValueOrDefault("subject") ?? "", keywords);
        return new Document(info, blocks);
    }
}
