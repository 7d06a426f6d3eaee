using ReportGen.Core.Model;
using ReportGen.Core.Documents;

namespace ReportGen.Import.Tests.Support;

/// <summary>Builds a workbook in a temporary folder and imports it.</summary>
internal sealed class ImportRun : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("rg-import-").FullName;

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    public string Workbook(BudgetReport report, string name, Layout? layout = null, Action<NPOI.SS.UserModel.IWorkbook>? edit = null) =>
        TestWorkbook.Write(Departments.Document(report), Path.Combine(Dir, name), layout, edit);

    public string Workbook(Document document, string name, Layout? layout = null, Action<NPOI.SS.UserModel.IWorkbook>? edit = null) =>
        TestWorkbook.Write(document, Path.Combine(Dir, name), layout, edit);

    /// <summary>Imports the workbook, naming it by its file name in messages.</summary>
    public static ImportResult Import(string path, BudgetReport? text = null) => WorkbookImporter.Import(path, Path.GetFileName(path), text);

    /// <summary>The diagnostics, one per line (for exact assertions with readable failures).</summary>
    public static string Messages(ImportResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
}

/// <summary>Assertions that show the whole difference when they fail.</summary>
internal static class Expect
{
    public static void Clean(ImportResult result)
    {
        var problems = ImportRun.Messages(result) + string.Join("\n", result.Missing.Select(m => m.Path + "：" + m.Label));
        if (problems.Length > 0)
        {
            Assert.Fail(problems);
        }
    }

    public static void SameFigures(List<string> expected, List<string> actual)
    {
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail(string.Join("\n", expected.Except(actual).Select(l => "- " + l).Concat(actual.Except(expected).Select(l => "+ " + l))));
        }
    }
}
