using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using Model = ReportGen.Core.Documents;

namespace ReportGen.Xlsx;

/// <summary>
/// Writes the document's tables as the workbook departments publish beside the text (部门预算公开表):
/// a 目录 sheet and one sheet per table (表一 … 表十七) in the published layout, amounts as numbers,
/// codes as text, merged headers as in the PDF, frozen and printed header rows, A4 pages in the
/// orientation the PDF gives each table. Reads only the document model and the style sheet.
/// Stateless and thread-safe; the same document and timestamp give the same bytes.
/// </summary>
public sealed class XlsxRenderer : IDocumentRenderer
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public string Format => "xlsx";

    public RenderResult Render(Model.Document document, StyleSheet style, Stream output, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(output);
        var timestamp = (options.Timestamp ?? DateTimeOffset.UtcNow).ToUniversalTime();
        var sheets = SheetPlanner.Plan(document, style);
        if (sheets.Count == 0)
        {
            throw new InvalidOperationException("文档中没有表格，无法生成 xlsx 工作簿");
        }
        PackageNormalizer.Write(output, timestamp, buffer =>
        {
            using var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook);
            Fill(package, document.Info, sheets, style, timestamp);
        });
        return new RenderResult(null);
    }

    private static void Fill(SpreadsheetDocument package, Model.DocumentInfo info, IReadOnlyList<SheetPlan> plans, StyleSheet style, DateTimeOffset timestamp)
    {
        // Explicit relationship ids everywhere: the SDK would otherwise make random ones.
        var workbookPart = package.AddNewPart<WorkbookPart>(MainContentType, "rIdWorkbook");
        var styles = new XlsxStyles(style);
        var strings = new SharedStrings();
        var sheets = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var id = "rIdSheet" + (i + 1);
            var part = workbookPart.AddNewPart<WorksheetPart>(id);
            PartXml.Write(part, WorksheetWriter.Build(plan, i == 0, style, styles, strings));
            sheets.Append(new Sheet { Name = plan.Name, SheetId = (uint)(i + 1), Id = id });
            if (plan.PrintTitleRows is { } rows)
            {
                names.Append(new DefinedName($"{Quoted(plan.Name)}!${rows.First + 1}:${rows.Last + 1}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
        }
        var workbook = new Workbook(
            new WorkbookProperties(),
            new BookViews(new WorkbookView { ActiveTab = 0U }),
            sheets);
        if (names.HasChildren)
        {
            workbook.Append(names);
        }
        PartXml.Write(workbookPart, workbook);
        PartXml.Write(workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles"), styles.Build());
        PartXml.Write(workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings"), strings.Build());
        using var core = package.AddNewPart<CoreFilePropertiesPart>("rIdCore").GetStream(FileMode.Create);
        using var app = package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp").GetStream(FileMode.Create);
        PackagePropertiesXml.Write(core, app, info, timestamp);
    }

    /// <summary>A sheet name as formulas and defined names quote it: '表五'.</summary>
    internal static string Quoted(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
}
