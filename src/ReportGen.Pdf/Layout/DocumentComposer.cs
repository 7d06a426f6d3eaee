using ReportGen.Core.Documents;
using ReportGen.Core.Styling;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout.Tables;
using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Layout;

/// <summary>
/// Turns the document's blocks into layout elements with their text shaped in the fonts of the
/// style sheet's roles. A character no font of its chain covers fails here, naming the block.
/// </summary>
internal sealed class DocumentComposer(FontSet fonts)
{
    private readonly StyleSheet _style = fonts.Style;

    public List<IElement> Compose(Document document)
    {
        var elements = new List<IElement>();
        var outline = 0;
        var groups = ReportGen.Core.Layout.FormGroups.Of(document.Blocks);
        var widthSources = new Dictionary<int, TableContent>();
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            switch (document.Blocks[i])
            {
                case TitleBlock t:
                    AddTitle(elements, i, t);
                    break;
                case Heading h:
                    elements.Add(HeadingBlock(i, h, outline++));
                    break;
                case Paragraph p:
                    elements.Add(ParagraphBlock(i, p));
                    break;
                case Table t:
                    var content = new TableContent(t, i, fonts);
                    var group = groups[i];
                    // Forms of one kind share one set of column widths, measured over all their cells.
                    if (group.Count > 1 && !widthSources.ContainsKey(group[0]))
                    {
                        widthSources[group[0]] = new TableContent(ReportGen.Core.Layout.FormGroups.Combined(document.Blocks, group), group[0], fonts);
                    }
                    var follows = _style.Table.FormsSharePages && ReportGen.Core.Layout.FormGroups.FollowsSameKind(groups, i);
                    var table = new TableElement(i, content, _style.Table)
                    {
                        OutlineIndex = t.Number is null ? -1 : outline++,
                        WidthSource = group.Count > 1 ? widthSources[group[0]] : content,
                        SharesPage = follows,
                    };
                    elements.Add(table);
                    break;
                case PageBreak:
                    elements.Add(new BreakMarker(i, null));
                    break;
                case SectionBreak s:
                    elements.Add(new BreakMarker(i, s.Orientation));
                    break;
            }
        }
        return elements;
    }

    private float BodyPitch => (float)_style.Body.LinePitchPt;

    private void AddTitle(List<IElement> elements, int index, TitleBlock title)
    {
        var chain = fonts.Chain(FontRoleNames.Title);
        var size = fonts.Size(FontRoleNames.Title);
        var metrics = LineMetrics.For((float)_style.Body.TitleLinePitchPt, size, chain);
        for (var k = 0; k < title.Lines.Count; k++)
        {
            var line = k;
            var glyphs = TextShaper.ShapeWords(title.Lines[k], fonts.Text(FontRoleNames.Title), () => $"第{index + 1}块（标题第{line + 1}行）");
            elements.Add(new TextBlock(index, glyphs, new TextBlockStyle(metrics, TextAlign.Center) { WidowControl = false })
            {
                KeepWithNext = true,
                Detail = "title",
            });
        }
        elements.Add(new Spacer(index, (float)(_style.Body.SpaceAfterTitleLines * _style.Body.LinePitchPt)));
    }

    private TextBlock HeadingBlock(int index, Heading heading, int outlineIndex)
    {
        var role = FontRoleNames.Heading(heading.Level);
        var chain = fonts.Chain(role);
        var size = fonts.Size(role);
        var glyphs = TextShaper.Shape(heading.FullText, fonts.Text(role), () => $"第{index + 1}块（{heading.Level}级标题“{heading.FullText}”）");
        var indent = (float)_style.Body.HeadingFirstLineIndentChars * fonts.CharWidth(role);
        return new TextBlock(index, glyphs, new TextBlockStyle(LineMetrics.For(BodyPitch, size, chain), TextAlign.Left, indent))
        {
            KeepWithNext = true,
            OutlineIndex = outlineIndex,
            Detail = "heading" + heading.Level,
        };
    }

    private TextBlock ParagraphBlock(int index, Paragraph paragraph)
    {
        var note = paragraph.Kind == ParagraphKind.Note;
        var baseRole = note ? FontRoleNames.Note : FontRoleNames.Body;
        var baseChain = fonts.Chain(baseRole);
        var baseSize = fonts.Size(baseRole);
        var glyphs = new List<Glyph>();
        var excerpt = paragraph.Text.Length > 12 ? paragraph.Text[..12] + "…" : paragraph.Text;
        foreach (var run in paragraph.Runs)
        {
            var role = run.InlineHeadingLevel > 0 ? FontRoleNames.Heading(run.InlineHeadingLevel) : baseRole;
            TextShaper.Append(glyphs, run.Text, fonts.Text(role, run.Bold), () => $"第{index + 1}块（段落“{excerpt}”）");
        }
        var shaped = glyphs.ToArray();
        TextShaper.GlueNumbersToUnits(shaped);
        TextShaper.CompressPunctuation(shaped);
        var pitch = note ? (float)_style.Table.CaptionLinePitchPt : BodyPitch;
        var metrics = LineMetrics.For(pitch, baseSize, baseChain);
        var blockStyle = paragraph.Kind switch
        {
            ParagraphKind.Body => new TextBlockStyle(metrics, _style.Body.Justify ? TextAlign.Justify : TextAlign.Left, (float)_style.Body.FirstLineIndentChars * fonts.CharWidth(baseRole)),
            ParagraphKind.Centered => new TextBlockStyle(metrics, TextAlign.Center),
            ParagraphKind.Note => new TextBlockStyle(metrics, TextAlign.Left),
            _ => new TextBlockStyle(metrics, _style.Body.Justify ? TextAlign.Justify : TextAlign.Left),
        };
        return new TextBlock(index, shaped, blockStyle) { Detail = "paragraph" };
    }

}
