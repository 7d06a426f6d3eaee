using System.Globalization;
using System.Text.RegularExpressions;
using NPOI.SS.UserModel;
using ReportGen.Core.Documents;
using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>
/// A workbook typed from the published document itself (shared/reference, one sheet per table, cells as
/// the extraction gives them: no merged cells, half-width brackets, wrap spaces in indicator names, the
/// 编制单位 on its own line, a shifted indicator row, 表四's misprinted class name) — the closest to a
/// workbook made independently of this repository. The extraction lacks 表二 and 表十三 (added from the
/// model) and its 表十 2023 column is the published error (replaced by the narrative's figures).
/// </summary>
public sealed partial class PublishedTranscriptionTests : IDisposable
{
    private readonly ImportRun _run = new();

    public void Dispose() => _run.Dispose();

    private static string? ReferenceText()
    {
        var path = Path.GetFullPath(Path.Combine(Repo.Root, "..", "..", "shared", "reference", "yubei-zwfw-2024-budget-explanation.txt"));
        var alt = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "reference", "yubei-zwfw-2024-budget-explanation.txt"));
        return File.Exists(path) ? File.ReadAllText(path) : File.Exists(alt) ? File.ReadAllText(alt) : null;
    }

    [Fact]
    public void Transcribed_published_tables_give_the_reference_figures()
    {
        if (ReferenceText() is not { } text)
        {
            return; // the shared reference is not on this machine
        }
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l == "2024年渝北区部门收支预算总表");
        var blocks = new List<List<string>>();
        foreach (var line in lines.Skip(start).Where(l => l.Trim().Length > 0 && !l.StartsWith("部门公开表", StringComparison.Ordinal)))
        {
            if (!line.Contains('\t') && Title().IsMatch(line))
            {
                blocks.Add([]);
            }
            blocks[^1].Add(line);
        }
        var reference = Departments.Reference;
        var model = Departments.Document(reference);
        var missing = new Document(model.Info, [.. model.Blocks.OfType<Table>().Where(t => t.Number is "表二" or "表十三")]);
        var path = _run.Workbook(missing, "transcribed.xlsx", edit: wb =>
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                var sheet = wb.CreateSheet("Sheet" + (i + 1));
                for (var r = 0; r < blocks[i].Count; r++)
                {
                    var cells = blocks[i][r].Split('\t');
                    var row = sheet.CreateRow(r);
                    for (var c = 0; c < cells.Length; c++)
                    {
                        var value = cells[c];
                        if (Money().IsMatch(value))
                        {
                            row.CreateCell(c).SetCellValue(double.Parse(value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
                        }
                        else if (value.Length > 0)
                        {
                            row.CreateCell(c).SetCellValue(value);
                        }
                    }
                }
            }
            FixThreePublic(wb);
        });
        var result = ImportRun.Import(path, reference);
        Expect.Clean(result);
        static List<string> Plain(List<string> figures) => [.. figures.Select(l => l.Replace('(', '（').Replace(')', '）'))];
        Expect.SameFigures(Plain(Figures.Of(reference)), Plain(Figures.Of(result.Report!)));
    }

    /// <summary>The published 2023 三公 column (75,995,417.76 …) replaced by the narrative's true figures.</summary>
    private static void FixThreePublic(IWorkbook wb)
    {
        for (var s = 0; s < wb.NumberOfSheets; s++)
        {
            var sheet = wb.GetSheetAt(s);
            for (var r = 0; r <= sheet.LastRowNum; r++)
            {
                var row = sheet.GetRow(r);
                if (row?.GetCell(6) is { CellType: CellType.Numeric } cell && Math.Abs(cell.NumericCellValue - 75995417.76) < 0.001)
                {
                    double?[] truth = [92500, null, 45000, null, 45000, 47500];
                    for (var i = 0; i < truth.Length; i++)
                    {
                        if (truth[i] is double v)
                        {
                            row.GetCell(6 + i).SetCellValue(v);
                        }
                        else
                        {
                            row.RemoveCell(row.GetCell(6 + i));
                        }
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"^2024年渝北区部门.*表$")]
    private static partial Regex Title();

    [GeneratedRegex(@"^-?[\d,]+\.\d{2}$")]
    private static partial Regex Money();
}
