using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Styling;

namespace ReportGen.Docx;

/// <summary>
/// Page-number footers per GB/T 9704: "— N —" from a PAGE field; with mirroring, odd pages (Word's
/// default footer) flush right and even pages flush left, each one character in from the text block's edge.
/// </summary>
internal static class DocxFooters
{
    public static Footer Odd(StyleSheet sheet) => Build(sheet, sheet.PageNumber.MirrorOddEven ? Side.Right : Side.Centre);

    public static Footer Even(StyleSheet sheet) => Build(sheet, Side.Left);

    /// <summary>
    /// The footer of a landscape section printed turned (<see cref="LandscapeTables.Rotated"/>): Word
    /// cannot turn a table onto a portrait page, so the page stays landscape and its number is put
    /// where the number of a portrait page is once the sheet is turned back (head of the table toward
    /// the binding edge, the landscape page's left edge at the foot): a text box in the left margin
    /// as long as the portrait text block is wide, its text turned a quarter clockwise (vert), the
    /// number's line footerOffsetMm outside the block; odd pages at the end of the box (the portrait
    /// right), even pages at its start (the portrait left), one character in.
    /// </summary>
    public static Footer Rotated(StyleSheet sheet, bool odd)
    {
        var inner = Build(sheet, !sheet.PageNumber.MirrorOddEven ? Side.Centre : odd ? Side.Right : Side.Left).GetFirstChild<Paragraph>()!;
        var page = sheet.Page;
        const double EmuPerPt = 12700;
        static long Emu(double points) => (long)Math.Round(points * EmuPerPt);
        var line = sheet.Font(FontRoleNames.PageNumber).SizePt;
        // Landscape x of the number line's top: the portrait bottom margin less the offset.
        var lineTop = Units.MmToPoints(page.Portrait.BottomMm - page.FooterOffsetMm);
        var x = Emu(lineTop - line);
        var y = Emu(Units.MmToPoints(page.Portrait.LeftMm));
        var cx = Emu(line);
        var cy = Emu(Units.MmToPoints(page.WidthMm - page.Portrait.LeftMm - page.Portrait.RightMm));
        var xml =
            $"""<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:p><w:pPr><w:pStyle w:val="{StyleIds.Footer}"/></w:pPr><w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="1" layoutInCell="0" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{(odd ? 1 : 2)}" name="页码"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{inner.OuterXml}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="vert" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p></w:ftr>""";
        return new Footer(xml);
    }

    private enum Side
    {
        Left,
        Centre,
        Right,
    }

    private static Footer Build(StyleSheet sheet, Side side)
    {
        var number = sheet.PageNumber;
        var indentChars = number.OuterIndentChars;
        var indentTwips = Units.Text(Units.Twips(indentChars * sheet.Font(FontRoleNames.PageNumber).SizePt));
        var ppr = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Footer } };
        switch (side)
        {
            case Side.Right:
                ppr.Indentation = new Indentation { Right = indentTwips, RightChars = Units.Chars100(indentChars) };
                ppr.Justification = new Justification { Val = JustificationValues.Right };
                break;
            case Side.Left:
                ppr.Indentation = new Indentation { Left = indentTwips, LeftChars = Units.Chars100(indentChars) };
                ppr.Justification = new Justification { Val = JustificationValues.Left };
                break;
        }
        var paragraph = new Paragraph(ppr);
        var format = number.Format;
        var at = format.IndexOf("{0}", StringComparison.Ordinal);
        var before = at < 0 ? format : format[..at];
        var after = at < 0 ? "" : format[(at + 3)..];
        AppendText(paragraph, before);
        if (at >= 0)
        {
            paragraph.Append(
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text("1")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        }
        AppendText(paragraph, after);
        return new Footer(paragraph);
    }

    private static void AppendText(Paragraph paragraph, string text)
    {
        if (text.Length > 0)
        {
            var run = new Run();
            DocxBuilder.AppendText(run, text);
            paragraph.Append(run);
        }
    }
}
