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

    /// <summary>
    /// The 单位 caption is never clipped: the cells it is written in, merged up to the table's last
    /// column, are at least as wide as its text (a narrow last column showed "位：万元").
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void The_unit_caption_has_the_room_its_text_needs(int index)
    {
        var generated = SampleGenerator.Generate(20240101, index);
        var report = index % 2 == 0 ? generated with { Department = generated.Department with { DisplayUnit = ReportGen.Core.Model.AmountUnit.万元 } } : generated;
        var document = RealDocuments.Render(report);
        using var book = Workbook.Of(document);
        var sheet = Workbook.Sheet;
        var digitPx = Math.Round(sheet.Font(ReportGen.Core.Styling.FontRoleNames.Table).SizePt * 96 / 72 / 2);
        var captionPt = sheet.Font(ReportGen.Core.Styling.FontRoleNames.Caption).SizePt;
        var checkedCaptions = 0;
        foreach (var name in book.SheetNames.Skip(1))
        {
            var widths = book.Worksheet(name).Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>()
                .ToDictionary(c => (int)c.Min!.Value - 1, c => (c.Width!.Value * digitPx - 5) * 72 / 96);
            foreach (var cell in book.Worksheet(name).Descendants<Cell>())
            {
                var text = book.Text(name, cell.CellReference!.Value!);
                if (text is null || !text.StartsWith("单位：", StringComparison.Ordinal))
                {
                    continue;
                }
                var row = RowOf(cell.CellReference!.Value!);
                var column = ColumnOf(cell.CellReference!.Value!);
                var merge = book.Merges(name).FirstOrDefault(m => m.StartsWith(cell.CellReference!.Value! + ":", StringComparison.Ordinal));
                var last = merge is null ? column : ColumnOf(merge.Split(':')[1]);
                Assert.Equal(widths.Keys.Max(), last);
                var roomPt = Enumerable.Range(column, last - column + 1).Sum(c => widths[c]);
                var needPt = ReportGen.Core.Layout.TextEstimate.WidthEm(text) * captionPt;
                Assert.True(roomPt >= needPt, $"{name} row {row}: “{text}” needs {needPt:F1} pt, its cells give {roomPt:F1} pt");
                checkedCaptions++;
            }
        }
        Assert.True(checkedCaptions >= 10, $"only {checkedCaptions} 单位 captions found");
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
                // Header labels carry the line breaks the writer chose (between words); the text is the document's.
                var shown = actual[r].Select(t => t.Replace("\n", "", StringComparison.Ordinal)).ToArray();
                var wanted = expected[r];
                if (wanted is [CaptionMark, .. var captions])
                {
                    // 部门全称 first, 单位 last: the 单位 cell starts as far left as its text needs.
                    (wanted, shown) = (captions.Where(c => c.Length > 0).ToArray(), shown.Where(c => c.Length > 0).ToArray());
                }
                var width = Math.Max(wanted.Length, shown.Length);
                Assert.True(
                    Pad(wanted, width).SequenceEqual(Pad(shown, width)),
                    $"{group.Key} row {r + 1}:\nexpected {string.Join(" | ", wanted)}\nactual   {string.Join(" | ", shown)}");
            }
        }
    }

    /// <summary>Marks the caption row of <see cref="Expected"/>, compared by its texts in order rather than by column.</summary>
    private const string CaptionMark = "\u0001captions";

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
                rows.Add([CaptionMark, table.LeftCaption ?? "", table.RightCaption ?? ""]);
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
