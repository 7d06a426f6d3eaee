using System.Globalization;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using ReportGen.Core.Documents;
using ReportGen.Core.Sampling;
using ReportGen.Docx.Tests;

namespace ReportGen.Xlsx.Tests;

/// <summary>
/// Every sheet shows exactly what the document's tables show, cell by cell: numbers shown through
/// their format give back the document's text, so no figure is lost or changed on the way.
/// </summary>
public sealed class FaithfulnessTests
{
    public static TheoryData<int> Samples => [0, 1, 2, 3, 4, 5];

    [Fact]
    public void Reference_workbook_shows_every_table_cell_of_the_document()
    {
        using var book = Workbook.Reference();
        AssertShowsDocument(book, Workbook.ReferenceDoc);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_workbook_shows_every_table_cell_of_the_document(int index)
    {
        var document = RealDocuments.Render(SampleGenerator.Generate(20240101, index));
        using var book = Workbook.Of(document);
        AssertShowsDocument(book, document);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(book.Package).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Description)));
    }

    private static void AssertShowsDocument(Workbook book, Document document)
    {
        var groups = document.Blocks.OfType<Table>().Where(t => t.Number is not null).GroupBy(t => t.Number!).ToList();
        Assert.Equal(groups.Select(g => g.Key), book.SheetNames.Skip(1));
        foreach (var group in groups)
        {
            var expected = Expected(group.ToList());
            var actual = Shown(book, group.Key);
            Assert.Equal(expected.Count, actual.Count);
            for (var r = 0; r < expected.Count; r++)
            {
                var width = Math.Max(expected[r].Length, actual[r].Length);
                Assert.True(
                    Pad(expected[r], width).SequenceEqual(Pad(actual[r], width)),
                    $"{group.Key} row {r + 1}:\nexpected {string.Join(" | ", expected[r])}\nactual   {string.Join(" | ", actual[r])}");
            }
        }
    }

    /// <summary>The rows of the published layout, as the document gives them.</summary>
    private static List<string[]> Expected(IReadOnlyList<Table> tables)
    {
        var rows = new List<string[]>();
        foreach (var table in tables)
        {
            var n = table.Columns.Count;
            if (rows.Count > 0)
            {
                rows.Add([]);
            }
            if (table.Number is not null)
            {
                rows.Add([table.Number]);
            }
            rows.Add([table.Title]);
            rows.AddRange(table.Subtitles.Select(s => new[] { s }));
            if (table.LeftCaption is not null || table.RightCaption is not null)
            {
                var captions = new string[n];
                Array.Fill(captions, "");
                captions[0] = table.LeftCaption ?? "";
                captions[n - 1] = table.RightCaption ?? captions[n - 1];
                rows.Add(captions);
            }
            rows.AddRange(TableGrid.Expand(table, table.HeaderRows));
            rows.AddRange(TableGrid.Expand(table, table.BodyRows));
            rows.AddRange(table.Notes.Select(s => new[] { s }));
        }
        return rows;
    }

    /// <summary>The sheet's rows as a reader sees them: text, or numbers through their format.</summary>
    private static List<string[]> Shown(Workbook book, string sheet)
    {
        var cells = book.Worksheet(sheet).Descendants<Cell>().ToList();
        var last = cells.Max(c => RowOf(c.CellReference!));
        var rows = Enumerable.Range(0, last).Select(_ => new List<string>()).ToList();
        foreach (var cell in cells)
        {
            var reference = cell.CellReference!.Value!;
            var column = ColumnOf(reference);
            var row = rows[RowOf(reference) - 1];
            while (row.Count <= column)
            {
                row.Add("");
            }
            row[column] = book.Text(sheet, reference) ?? (book.Number(sheet, reference) is decimal d ? Display(d, book.FormatCode(sheet, reference)) : "");
        }
        return [.. rows.Select(r => r.ToArray())];
    }

    private static string Display(decimal value, string format)
    {
        if (format.EndsWith('%'))
        {
            return (value * 100m).ToString(format[..^1], CultureInfo.InvariantCulture) + "%";
        }
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    private static IEnumerable<string> Pad(string[] row, int width) => row.Concat(Enumerable.Repeat("", width - row.Length));

    private static int RowOf(string reference) => int.Parse(new string([.. reference.SkipWhile(char.IsLetter)]), CultureInfo.InvariantCulture);

    private static int ColumnOf(string reference) => reference.TakeWhile(char.IsLetter).Aggregate(0, (a, c) => a * 26 + c - 'A' + 1) - 1;
}
