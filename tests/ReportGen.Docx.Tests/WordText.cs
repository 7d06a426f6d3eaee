using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Tests;

/// <summary>Text read back from the Word elements, in the shape the document model's plain text has.</summary>
internal static class WordText
{
    /// <summary>
    /// A Word row as the grid's text: a cell spanning n columns is its text and n-1 blanks; tabs and
    /// breaks as in the model. Header rows are compared without line breaks: the writer breaks long
    /// header labels between words itself (see <see cref="ModelRows"/>).
    /// </summary>
    public static string Row(W.TableRow row)
    {
        var text = string.Join("|", row.Elements<W.TableCell>().SelectMany(c =>
            new[] { Cell(c) }.Concat(Enumerable.Repeat("", (c.TableCellProperties!.GridSpan?.Val?.Value ?? 1) - 1))));
        return IsHeader(row) ? text.Replace("\n", "", StringComparison.Ordinal) : text;
    }

    public static bool IsHeader(W.TableRow row) => row.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null;

    public static string Cell(W.TableCell cell) => string.Join("\n", cell.Elements<W.Paragraph>().Select(Paragraph));

    /// <summary>A paragraph's text with w:tab as a tab and w:br as a line break.</summary>
    public static string Paragraph(W.Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        W.Text t => t.Text,
        W.TabChar => "\t",
        W.Break => "\n",
        _ => "",
    }));

    /// <summary>The model's rows of a table as the grid's text.</summary>
    public static List<string> ModelRows(Core.Documents.Table table) =>
        Core.Documents.TableGrid.Expand(table, table.HeaderRows)
            .Select(r => string.Join("|", r).Replace("\n", "", StringComparison.Ordinal))
            .Concat(Core.Documents.TableGrid.Expand(table, table.BodyRows).Select(r => string.Join("|", r)))
            .ToList();
}
