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
