using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Docx.Tests;

namespace ReportGen.Xlsx.Tests;

/// <summary>A document rendered to XLSX bytes and opened again for inspection.</summary>
internal sealed class Workbook : IDisposable
{
    public static readonly DateTimeOffset FixedTime = new(2024, 1, 15, 8, 30, 0, TimeSpan.Zero);

    private static readonly Lazy<StyleSheet> DefaultSheet = new(() =>
        StyleSheet.Load(Path.Combine(AppContext.BaseDirectory, "style.json")));

    private static readonly Lazy<Document> ReferenceDocument = new(RealDocuments.Reference);

    private static readonly Lazy<byte[]> ReferenceBytes = new(() => Render(ReferenceDocument.Value));

    private readonly MemoryStream _stream;

    private Workbook(byte[] bytes)
    {
        Bytes = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Package = SpreadsheetDocument.Open(_stream, false);
    }

    public static StyleSheet Sheet => DefaultSheet.Value;

    public static Document ReferenceDoc => ReferenceDocument.Value;

    public byte[] Bytes { get; }

    public SpreadsheetDocument Package { get; }

    public WorkbookPart Part => Package.WorkbookPart!;

    public static byte[] Render(Document document, DateTimeOffset? timestamp = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var output = new MemoryStream();
        new XlsxRenderer().Render(document, Sheet, output, new RenderOptions { Timestamp = timestamp ?? FixedTime });
        var bytes = output.ToArray();
        // Set REPORTGEN_REVIEW_DIR to keep the files for a look in LibreOffice.
        var review = Environment.GetEnvironmentVariable("REPORTGEN_REVIEW_DIR");
        if (!string.IsNullOrEmpty(review))
        {
            Directory.CreateDirectory(review);
            File.WriteAllBytes(Path.Combine(review, document.Info.Title + ".xlsx"), bytes);
        }
        return bytes;
    }

    public static Workbook Of(Document document) => new(Render(document));

    public static Workbook Reference() => new(ReferenceBytes.Value);

    public IReadOnlyList<string> SheetNames => [.. Part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Worksheet(string name)
    {
        var sheet = Part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Part.GetPartById(sheet.Id!)).Worksheet;
    }

    public Cell? Cell(string sheet, string reference) =>
        Worksheet(sheet).Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    /// <summary>The cell's string when it holds text, else null.</summary>
    public string? Text(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        if (cell?.DataType?.Value != CellValues.SharedString)
        {
            return null;
        }
        var index = int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
        return Part.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index).InnerText;
    }

    /// <summary>The cell's number when it holds one, else null.</summary>
    public decimal? Number(string sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        return cell is { DataType: null, CellValue: not null }
            ? decimal.Parse(cell.CellValue.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The number format code of a cell ("General" when none).</summary>
    public string FormatCode(string sheet, string reference)
    {
        var styles = Part.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(sheet, reference)?.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId! == id)?.FormatCode?.Value
            ?? (id == 0 ? "General" : "builtin " + id);
    }

    public CellFormat Style(string sheet, string reference) =>
        Part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(sheet, reference)?.StyleIndex?.Value ?? 0));

    public IReadOnlyList<string> Merges(string sheet) =>
        [.. Worksheet(sheet).Descendants<MergeCell>().Select(m => m.Reference!.Value!)];

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
