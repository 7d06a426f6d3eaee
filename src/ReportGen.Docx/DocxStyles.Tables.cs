using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Styling;

namespace ReportGen.Docx;

internal static partial class DocxStyles
{
    /// <summary>The styles of tables and their title lines, notes, and the ruled table style.</summary>
    private static void AppendTableStyles(Styles styles, StyleSheet sheet)
    {
        var t = sheet.Table;
        // Table and caption text do not snap to the body's character grid: a 10.5 pt character in a
        // 16 pt grid cell would be spread out.
        styles.Append(Paragraph(StyleIds.TableNumber, "表号", StyleIds.Normal, StyleIds.TableTitle, Run(sheet, FontRoleNames.Caption),
            p => TitleLine(p, t.CaptionLinePitchPt, JustificationValues.Left)));
        styles.Append(Paragraph(StyleIds.TableTitle, "表题", StyleIds.Normal, StyleIds.TableCaption, Run(sheet, FontRoleNames.TableTitle),
            p =>
            {
                TitleLine(p, t.TitleLinePitchPt, JustificationValues.Center);
                // Table titles are outline entries (level 1) like the document model's outline:
                // the navigation pane lists the tables.
                p.OutlineLevel = new OutlineLevel { Val = 0 };
            }, primary: true));
        styles.Append(Paragraph(StyleIds.TableSubtitle, "表副题", StyleIds.Normal, StyleIds.TableCaption, Run(sheet, FontRoleNames.TableSubtitle),
            p => TitleLine(p, t.CaptionLinePitchPt, JustificationValues.Center)));
        styles.Append(Paragraph(StyleIds.TableCaption, "表头说明", StyleIds.Normal, StyleIds.TableText, Run(sheet, FontRoleNames.Caption),
            p => TitleLine(p, t.CaptionLinePitchPt, JustificationValues.Left)));

        styles.Append(Paragraph(StyleIds.TableText, "表格文字", StyleIds.Normal, StyleIds.TableText, Run(sheet, FontRoleNames.Table),
            p =>
            {
                p.WidowControl = new WidowControl { Val = false };
                p.SnapToGrid = new SnapToGrid { Val = false };
                p.SpacingBetweenLines = Exact(t.LinePitchPt);
                p.Justification = new Justification { Val = JustificationValues.Left };
            }, primary: true));
        styles.Append(Paragraph(StyleIds.TableHeader, "表格标题行", StyleIds.TableText, StyleIds.TableText, Run(sheet, FontRoleNames.TableHeader),
            p => p.Justification = new Justification { Val = JustificationValues.Center }));
        styles.Append(Paragraph(StyleIds.TableTotal, "表格合计行", StyleIds.TableText, StyleIds.TableText,
            new StyleRunProperties(new Bold(), new BoldComplexScript()), _ => { }));
        styles.Append(Paragraph(StyleIds.Note, "注释", StyleIds.Normal, StyleIds.BodyText, Run(sheet, FontRoleNames.Note),
            p =>
            {
                p.SnapToGrid = new SnapToGrid { Val = false };
                p.SpacingBetweenLines = Exact(t.CaptionLinePitchPt);
                p.Justification = new Justification { Val = JustificationValues.Left };
            }));
        styles.Append(TableGrid(sheet));
    }

    private static void TitleLine(StyleParagraphProperties p, double pitchPt, JustificationValues align)
    {
        p.KeepNext = new KeepNext();
        p.KeepLines = new KeepLines();
        p.SnapToGrid = new SnapToGrid { Val = false };
        p.SpacingBetweenLines = Exact(pitchPt);
        p.Justification = new Justification { Val = align };
    }

    /// <summary>"Table Grid": single rules of the sheet's width on every edge, the sheet's cell padding.</summary>
    private static Style TableGrid(StyleSheet sheet)
    {
        var t = sheet.Table;
        var size = Units.EighthPoints(t.RuleWidthPt);
        T Rule<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = size, Space = 0, Color = "auto" };
        var horizontal = Units.Twips(t.CellPaddingHorizontalPt);
        // LibreOffice adds the rule's width to a row's height (measured: 19 pt rows where the PDF's are
        // 18.5 pt, which cost the reference two pages); half a rule less padding above and below
        // gives rows of the PDF's height.
        var vertical = Units.Twips(Math.Max(0, t.CellPaddingVerticalPt - t.RuleWidthPt / 2));
        var tblPr = new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                Rule<TopBorder>(), Rule<LeftBorder>(), Rule<BottomBorder>(), Rule<RightBorder>(),
                Rule<InsideHorizontalBorder>(), Rule<InsideVerticalBorder>()),
            new TableCellMarginDefault(
                new TopMargin { Width = Units.Text(vertical), Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = (short)horizontal, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = Units.Text(vertical), Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = (short)horizontal, Type = TableWidthValues.Dxa }));
        return new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            tblPr)
        { Type = StyleValues.Table, StyleId = StyleIds.TableGrid };
    }
}
