using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Html;

/// <summary>
/// Writes the blocks of a document as HTML body content, shared by the page and the fragment:
/// the title block is the <c>h1</c>, a heading of level N an <c>h(N+1)</c> with its numbering as
/// written, paragraphs <c>p</c> with their runs, tables real tables (<see cref="WriteTable"/>).
/// Page and section breaks become print classes on the next block ("break", and "wide" for
/// landscape sections) on the page; the fragment has no print layout.
/// </summary>
internal sealed partial class HtmlBodyWriter
{
    private readonly HtmlText _html;
    private readonly StyleSheet _style;
    private readonly HtmlLook _look;
    private readonly TableAnchors _anchors;
    private readonly int _headingOffset;
    private bool _written;

    private HtmlBodyWriter(HtmlText html, Document document, StyleSheet style, HtmlLook look)
    {
        _html = html;
        _style = style;
        _look = look;
        _anchors = new TableAnchors(document);
        _headingOffset = document.Blocks.Any(b => b is TitleBlock) ? 1 : 0;
    }

    public static void Write(HtmlText html, Document document, StyleSheet style, HtmlLook look) =>
        new HtmlBodyWriter(html, document, style, look).WriteBlocks(document.Blocks);

    /// <summary>The deepest indent of any table cell (the page's style sheet has a class per level).</summary>
    public static int MaxIndent(Document document) =>
        document.Blocks.OfType<Table>().SelectMany(t => t.BodyRows.Concat(t.HeaderRows)).SelectMany(r => r.Cells).Select(c => c.Indent).DefaultIfEmpty(0).Max();

    /// <summary>The id the page's skip link points at: the 目录, when the document has one.</summary>
    public static string? ContentsLabel(Document document)
    {
        var anchors = new TableAnchors(document);
        return document.Blocks.OfType<Table>().FirstOrDefault(anchors.IsContents) is { } toc ? Label(toc) : null;
    }

    public const string ContentsId = "contents";

    private void WriteBlocks(IReadOnlyList<Block> blocks)
    {
        var breakNext = false;
        var wide = false;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case PageBreak:
                    breakNext = true;
                    continue;
                case SectionBreak section:
                    wide = section.Orientation == PageOrientation.Landscape;
                    breakNext = true;
                    continue;
            }
            var flow = new LookBuilder(_look);
            if (_written && (breakNext || block is Table { StartOnNewPage: true }))
            {
                flow.Add("break");
            }
            if (wide)
            {
                flow.Add("wide");
            }
            breakNext = false;
            switch (block)
            {
                case TitleBlock title:
                    WriteTitle(title, flow);
                    break;
                case Heading heading:
                    WriteHeading(heading, flow);
                    break;
                case Paragraph paragraph:
                    WriteParagraph(paragraph, flow);
                    break;
                case Table table:
                    WriteTable(table, flow);
                    break;
            }
            _html.Line();
            _written = true;
        }
    }

    private void WriteTitle(TitleBlock title, LookBuilder flow)
    {
        _html.Open("h1", [.. flow.Add(null, "text-align:center").Attributes()]);
        foreach (var line in title.Lines)
        {
            _html.Element("span", line);
        }
        _html.Close("h1");
    }

    private void WriteHeading(Heading heading, LookBuilder flow)
    {
        var tag = "h" + Math.Clamp(heading.Level + _headingOffset, 1, 6);
        _html.Element(tag, heading.FullText, [.. flow.Attributes()]);
    }

    private void WriteParagraph(Paragraph paragraph, LookBuilder flow)
    {
        var indent = PageStyleSheet.Number(_style.Body.FirstLineIndentChars) + "em";
        _ = paragraph.Kind switch
        {
            ParagraphKind.Body => flow.Add("body", $"text-indent:{indent}" + (_style.Body.Justify ? ";text-align:justify" : "")),
            ParagraphKind.Centered => flow.Add("center", "text-align:center"),
            ParagraphKind.Note => flow.Add("note", "font-size:0.875em"),
            _ => flow,
        };
        _html.Open("p", [.. flow.Attributes()]);
        foreach (var run in paragraph.Runs)
        {
            if (run.InlineHeadingLevel > 0)
            {
                _html.Element("strong", run.Text, _look.Of("run-h" + Math.Clamp(run.InlineHeadingLevel, 1, 4), null));
            }
            else if (run.Bold)
            {
                _html.Element("strong", run.Text);
            }
            else
            {
                _html.Text(run.Text);
            }
        }
        _html.Close("p");
    }

    /// <summary>A table's name for assistive technology: its number, title and subtitles.</summary>
    private static string Label(Table table) =>
        (table.Number is null ? "" : table.Number + " ") + table.Title + string.Concat(table.Subtitles);
}
