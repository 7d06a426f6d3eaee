using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Styling;
using Model = ReportGen.Core.Documents;

namespace ReportGen.Docx;

/// <summary>
/// Builds the body of one document from the neutral model. One instance per render: it carries the
/// pagination decisions Word needs (page breaks before numbered tables, section breaks for
/// landscape pages).
/// </summary>
internal sealed partial class DocxBuilder(StyleSheet sheet)
{
    private readonly Body _body = new();
    private SectionGeometry _section = SectionGeometry.For(sheet, Model.PageOrientation.Portrait);
    private bool _firstSection = true;
    private bool _sectionHasContent;
    /// <summary>The next paragraph starts a page anyway (start of the document or of a section, or after a page break).</summary>
    private bool _atPageStart = true;
    private bool _pendingPageBreak;

    public Body Build(Model.Document document)
    {
        var groups = Core.Layout.FormGroups.Of(document.Blocks);
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            var block = document.Blocks[index];
            switch (block)
            {
                case Model.TitleBlock title:
                    AppendTitle(title);
                    break;
                case Model.Heading heading:
                    AppendRuns(StyleIds.Heading(heading.Level), [new Model.Run(heading.FullText)]);
                    break;
                case Model.Paragraph paragraph:
                    AppendRuns(StyleFor(paragraph.Kind), paragraph.Runs);
                    break;
                case Model.Table table:
                    // Forms of one kind share their column widths, and a form after the first shares the page when it fits.
                    var group = groups[index];
                    var follows = sheet.Table.FormsSharePages && Core.Layout.FormGroups.FollowsSameKind(groups, index);
                    AppendTable(table, group.Count > 1 ? CombinedForms(document, group) : table, follows);
                    break;
                case Model.PageBreak:
                    _pendingPageBreak = !_atPageStart;
                    break;
                case Model.SectionBreak sectionBreak:
                    BreakSection(sectionBreak.Orientation);
                    break;
            }
        }
        _body.Append(DocxSections.Properties(sheet, _section, _firstSection));
        return _body;
    }

    private static string StyleFor(Model.ParagraphKind kind) => kind switch
    {
        Model.ParagraphKind.Flush => StyleIds.Normal,
        Model.ParagraphKind.Centered => StyleIds.CenteredText,
        Model.ParagraphKind.Note => StyleIds.Note,
        _ => StyleIds.BodyText,
    };

    private void AppendTitle(Model.TitleBlock title)
    {
        // One paragraph with line breaks, as a person types a two-line title: the title style's
        // space after applies once, below the last line.
        var paragraph = NewParagraph(StyleIds.Title);
        var run = new Run();
        for (var i = 0; i < title.Lines.Count; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            AppendText(run, title.Lines[i]);
        }
        paragraph.Append(run);
    }

    private void AppendRuns(string styleId, IEnumerable<Model.Run> runs)
    {
        var paragraph = NewParagraph(styleId);
        foreach (var r in runs)
        {
            paragraph.Append(NewRun(r));
        }
    }

    private static Run NewRun(Model.Run r)
    {
        var run = new Run();
        if (r.InlineHeadingLevel > 0 || r.Bold)
        {
            var rpr = new RunProperties();
            if (r.InlineHeadingLevel > 0)
            {
                rpr.RunStyle = new RunStyle { Val = StyleIds.HeadingChar(r.InlineHeadingLevel) };
                if (r.Bold)
                {
                    rpr.Bold = new Bold();
                }
            }
            else
            {
                rpr.RunStyle = new RunStyle { Val = StyleIds.Strong };
            }
            run.Append(rpr);
        }
        AppendText(run, r.Text);
        return run;
    }

    /// <summary>Text with line breaks and tabs as Word elements; spaces kept.</summary>
    internal static void AppendText(Run run, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            var parts = lines[i].Split('\t');
            for (var j = 0; j < parts.Length; j++)
            {
                if (j > 0)
                {
                    run.Append(new TabChar());
                }
                if (parts[j].Length > 0)
                {
                    run.Append(new Text(parts[j]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }
    }

    /// <summary>A new body paragraph in a style; takes a pending page break.</summary>
    private Paragraph NewParagraph(string styleId)
    {
        var ppr = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        if (_pendingPageBreak)
        {
            ppr.PageBreakBefore = new PageBreakBefore();
            _pendingPageBreak = false;
        }
        var paragraph = new Paragraph(ppr);
        Add(paragraph);
        return paragraph;
    }

    private void Add(OpenXmlElement element)
    {
        _body.Append(element);
        _atPageStart = false;
        _sectionHasContent = true;
    }

    /// <summary>
    /// Ends the current section on its last paragraph and starts one in <paramref name="orientation"/>
    /// on a new page. A section without content yet just changes its orientation (no empty page).
    /// </summary>
    private void BreakSection(Model.PageOrientation orientation)
    {
        _pendingPageBreak = false;
        if (!_sectionHasContent)
        {
            _section = SectionGeometry.For(sheet, orientation);
            return;
        }
        if (_body.LastChild is not Paragraph carrier)
        {
            // After a table Word needs a paragraph to carry the break: the smallest one it allows.
            carrier = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.SectionMark } });
            _body.Append(carrier);
        }
        carrier.ParagraphProperties ??= new ParagraphProperties();
        carrier.ParagraphProperties.SectionProperties = DocxSections.Properties(sheet, _section, _firstSection);
        _firstSection = false;
        _section = SectionGeometry.For(sheet, orientation);
        _sectionHasContent = false;
        _atPageStart = true;
    }
}
