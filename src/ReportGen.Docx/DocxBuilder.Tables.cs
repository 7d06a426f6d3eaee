using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Layout;
using Model = ReportGen.Core.Documents;

namespace ReportGen.Docx;

internal sealed partial class DocxBuilder
{
    private readonly Dictionary<int, Model.Table> _combinedForms = [];
    private readonly Dictionary<Model.Table, Dictionary<int, int[]>> _widths = new(ReferenceEqualityComparer.Instance);

    /// <summary>The combined table of a group of forms (<see cref="FormGroups.Combined"/>), made once per group.</summary>
    private Model.Table CombinedForms(Model.Document document, IReadOnlyList<int> group)
    {
        if (!_combinedForms.TryGetValue(group[0], out var combined))
        {
            combined = FormGroups.Combined(document.Blocks, group);
            _combinedForms[group[0]] = combined;
        }
        return combined;
    }

    /// <summary>
    /// The column widths of <paramref name="source"/> across <paramref name="total"/> twips, measured once:
    /// every form of a group asks for those of the same combined table.
    /// </summary>
    private int[] WidthsOf(Model.Table source, int total)
    {
        if (!_widths.TryGetValue(source, out var byTotal))
        {
            byTotal = [];
            _widths[source] = byTotal;
        }
        if (!byTotal.TryGetValue(total, out var widths))
        {
            widths = ColumnWidths.For(source, sheet, total);
            byTotal[total] = widths;
        }
        return widths;
    }

    /// <summary>
    /// A table as offices make it: its number, title, subtitles and caption lines kept with it (keepNext
    /// in their styles), a page break before it when the model asks, a fixed-layout ruled table as
    /// wide as the text block, then its notes.
    /// </summary>
    private void AppendTable(Model.Table table, Model.Table widthSource, bool sharesPage)
    {
        if (table.StartOnNewPage && !sharesPage && !_atPageStart)
        {
            _pendingPageBreak = true;
        }
        if (table.Number is not null)
        {
            TextParagraph(StyleIds.TableNumber, table.Number);
        }
        var last = TextParagraph(StyleIds.TableTitle, table.Title);
        foreach (var subtitle in table.Subtitles)
        {
            last = TextParagraph(StyleIds.TableSubtitle, subtitle);
        }
        last = AppendCaptions(table) ?? last;
        // The gap between the title lines and the rules: on whichever line comes last.
        last.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines
        {
            After = Units.Text(Units.Twips(sheet.Table.TitleSpacingPt)),
        };

        var widths = WidthsOf(widthSource, _section.TextWidth);
        if (table.HeaderRows.Count + table.BodyRows.Count > 0)
        {
            Add(BuildTable(table, widths, keepWhole: sharesPage));
        }
        foreach (var note in table.Notes)
        {
            TextParagraph(StyleIds.Note, note);
        }
    }

    private Paragraph TextParagraph(string styleId, string text)
    {
        var paragraph = NewParagraph(styleId);
        var run = new Run();
        AppendText(run, text);
        paragraph.Append(run);
        return paragraph;
    }

    /// <summary>
    /// 部门全称 left and 单位 right: on one line with a right tab stop at the text block's edge when both
    /// fit (the published tables have them on one row), else on two lines, the second flush right.
    /// </summary>
    private Paragraph? AppendCaptions(Model.Table table)
    {
        var (left, right) = (table.LeftCaption, table.RightCaption);
        if (left is null && right is null)
        {
            return null;
        }
        var size = sheet.Font(Core.Styling.FontRoleNames.Caption).SizePt;
        if (left is not null && right is not null && sheet.Table.CaptionsOnOneLine
            && Units.Twips((TextEstimate.WidthEm(left) + TextEstimate.WidthEm(right) + 2) * size) <= _section.TextWidth)
        {
            var paragraph = TextParagraph(StyleIds.TableCaption, left + "\t" + right);
            paragraph.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = _section.TextWidth });
            return paragraph;
        }
        Paragraph? last = null;
        if (left is not null)
        {
            last = TextParagraph(StyleIds.TableCaption, left);
        }
        if (right is not null)
        {
            last = TextParagraph(StyleIds.TableCaption, right);
            last.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Right };
        }
        return last;
    }

    private Table BuildTable(Model.Table table, int[] widths, bool keepWhole)
    {
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.TableGrid },
                new TableWidth { Width = Units.Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Units.Text(w) })));
        foreach (var row in TableRows(table, table.HeaderRows, widths, header: true))
        {
            result.Append(row);
        }
        var body = TableRows(table, table.BodyRows, widths, header: false).ToList();
        for (var r = 0; r < body.Count; r++)
        {
            // No row alone on a page: the first row keeps with the second (with the header rows, which
            // keep with it), the last two rows stay together, merged groups stay whole, and a form
            // sharing a page goes whole.
            var continues = r + 1 < body.Count && body[r + 1].Elements<TableCell>().Any(c => c.TableCellProperties?.VerticalMerge?.Val?.Value == MergedCellValues.Continue);
            if (r < body.Count - 1 && (keepWhole || r == 0 || r == body.Count - 2 || continues))
            {
                KeepWithNext(body[r]);
            }
            result.Append(body[r]);
        }
        foreach (var row in result.Elements<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null))
        {
            KeepWithNext(row);
        }
        return result;
    }

    private static void KeepWithNext(TableRow row)
    {
        foreach (var p in row.Descendants<Paragraph>())
        {
            (p.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        }
    }
}
