using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Styling;

namespace ReportGen.Docx;

/// <summary>
/// styles.xml from the style sheet: real Word styles for every kind of block, so a person who
/// opens the file changes the look by changing a style, and the navigation pane and an inserted
/// table of contents work from the headings' outline levels.
/// </summary>
internal static partial class DocxStyles
{
    public static Styles Build(StyleSheet sheet)
    {
        var body = sheet.Body;
        var table = sheet.Table;
        var bodyFont = sheet.Font(FontRoleNames.Body);
        var styles = new Styles(DocDefaults(sheet, bodyFont));

        styles.Append(Paragraph(StyleIds.Normal, "Normal", null, StyleIds.Normal, Run(sheet, FontRoleNames.Body),
            p =>
            {
                p.WidowControl = new WidowControl();
                // No punctuation hanging into the margin: the text block keeps its width. The line
                // breaking rules of Chinese (no line starts with a closing mark) stay on; no automatic
                // space between Chinese and Latin text or digits, which the PDF does not add either
                // (it would change the 28 characters of a line).
                p.Kinsoku = new Kinsoku { Val = true };
                p.OverflowPunctuation = new OverflowPunctuation { Val = false };
                p.AutoSpaceDE = new AutoSpaceDE { Val = false };
                p.AutoSpaceDN = new AutoSpaceDN { Val = false };
                p.SpacingBetweenLines = Exact(body.LinePitchPt);
                p.Justification = new Justification { Val = body.Justify ? JustificationValues.Both : JustificationValues.Left };
            }, isDefault: true, primary: true));

        styles.Append(Paragraph(StyleIds.Title, "Title", StyleIds.Normal, StyleIds.Normal, Run(sheet, FontRoleNames.Title),
            p =>
            {
                p.KeepNext = new KeepNext();
                p.SnapToGrid = new SnapToGrid { Val = false };
                p.SpacingBetweenLines = Exact(body.TitleLinePitchPt, after: body.SpaceAfterTitleLines * body.LinePitchPt);
                p.Justification = new Justification { Val = JustificationValues.Center };
            }, primary: true));

        for (var level = 1; level <= 4; level++)
        {
            styles.Append(Heading(sheet, level));
            styles.Append(HeadingChar(sheet, level));
        }

        styles.Append(Paragraph(StyleIds.BodyText, "Body Text", StyleIds.Normal, StyleIds.BodyText, null,
            p => p.Indentation = FirstLine(body.FirstLineIndentChars, bodyFont.SizePt), primary: true));
        styles.Append(Paragraph(StyleIds.CenteredText, "居中正文", StyleIds.Normal, StyleIds.BodyText, null,
            p => p.Justification = new Justification { Val = JustificationValues.Center }));

        AppendTableStyles(styles, sheet);

        styles.Append(Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, StyleIds.Footer, Run(sheet, FontRoleNames.PageNumber),
            p =>
            {
                p.SnapToGrid = new SnapToGrid { Val = false };
                p.SpacingBetweenLines = Exact(sheet.Font(FontRoleNames.PageNumber).SizePt);
                p.Justification = new Justification { Val = JustificationValues.Center };
            }));
        styles.Append(Paragraph(StyleIds.SectionMark, "分节符段落", StyleIds.Normal, StyleIds.Normal, Size(1),
            p =>
            {
                // The empty paragraph that carries a section break after a table: as small as Word allows,
                // so it never pushes a blank page.
                p.SnapToGrid = new SnapToGrid { Val = false };
                p.SpacingBetweenLines = Exact(1);
            }));
        styles.Append(new Style(
            new StyleName { Val = "Strong" },
            new BasedOn { Val = "DefaultParagraphFont" },
            new PrimaryStyle(),
            new StyleRunProperties(new Bold(), new BoldComplexScript()))
        { Type = StyleValues.Character, StyleId = StyleIds.Strong });
        styles.Append(new Style(
            new StyleName { Val = "Default Paragraph Font" },
            new UIPriority { Val = 1 },
            new SemiHidden(),
            new UnhideWhenUsed())
        { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true });
        styles.Append(new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        return styles;
    }

    private static DocDefaults DocDefaults(StyleSheet sheet, FontRole bodyFont)
    {
        // The body font and Chinese as the east-Asian language; the condensed spacing stays in Normal.
        var rpr = DocxFonts.RunProperties(sheet, bodyFont);
        rpr.Spacing = null;
        rpr.Languages = new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" };
        return new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(rpr.Select(e => e.CloneNode(true)))),
            new ParagraphPropertiesDefault());
    }

    private static Style Heading(StyleSheet sheet, int level)
    {
        var font = sheet.Font(FontRoleNames.Heading(level));
        return Paragraph(StyleIds.Heading(level), "heading " + level, StyleIds.Normal, StyleIds.BodyText, Run(sheet, FontRoleNames.Heading(level)),
            p =>
            {
                p.KeepNext = new KeepNext();
                p.KeepLines = new KeepLines();
                p.Indentation = FirstLine(sheet.Body.HeadingFirstLineIndentChars, font.SizePt);
                p.OutlineLevel = new OutlineLevel { Val = level - 1 };
            }, primary: true, link: StyleIds.HeadingChar(level));
    }

    /// <summary>The character style linked to a heading: an inline heading run ("（一）收入预算：") takes its font.</summary>
    private static Style HeadingChar(StyleSheet sheet, int level)
    {
        var rpr = Run(sheet, FontRoleNames.Heading(level));
        return new Style(
            new StyleName { Val = $"标题 {level} 字符" },
            new BasedOn { Val = "DefaultParagraphFont" },
            new LinkedStyle { Val = StyleIds.Heading(level) },
            rpr)
        { Type = StyleValues.Character, StyleId = StyleIds.HeadingChar(level), CustomStyle = true };
    }

    internal static SpacingBetweenLines Exact(double pitchPt, double before = 0, double after = 0) => new()
    {
        Line = Units.Text(Units.Twips(pitchPt)),
        LineRule = LineSpacingRuleValues.Exact,
        Before = Units.Text(Units.Twips(before)),
        After = Units.Text(Units.Twips(after)),
    };

    /// <summary>A first-line indent in characters, given both in characters (Word) and in twips (other readers).</summary>
    private static Indentation FirstLine(double chars, double sizePt) => new()
    {
        FirstLine = Units.Text(Units.Twips(chars * sizePt)),
        FirstLineChars = Units.Chars100(chars),
    };

    private static Style Paragraph(
        string id,
        string name,
        string? basedOn,
        string next,
        StyleRunProperties? run,
        Action<StyleParagraphProperties> paragraph,
        bool isDefault = false,
        bool primary = false,
        string? link = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        if (!IsBuiltIn(id))
        {
            style.CustomStyle = true;
        }
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }
        style.Append(new NextParagraphStyle { Val = next });
        if (link is not null)
        {
            style.Append(new LinkedStyle { Val = link });
        }
        if (primary)
        {
            style.Append(new PrimaryStyle());
        }
        var ppr = new StyleParagraphProperties();
        paragraph(ppr);
        style.Append(ppr);
        if (run is not null)
        {
            style.Append(run);
        }
        return style;
    }

    private static StyleRunProperties Run(StyleSheet sheet, string role) => DocxFonts.RunProperties(sheet, DocxFonts.Role(sheet, role));

    private static StyleRunProperties Size(double points) => new(
        new FontSize { Val = Units.HalfPoints(points) },
        new FontSizeComplexScript { Val = Units.HalfPoints(points) });

    private static bool IsBuiltIn(string id) =>
        id is StyleIds.Normal or StyleIds.Title or StyleIds.BodyText or StyleIds.Footer
        || id.StartsWith("Heading", StringComparison.Ordinal);
}
