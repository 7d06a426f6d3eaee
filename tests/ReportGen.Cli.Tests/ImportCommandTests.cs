using ReportGen.Cli.Commands;
using ReportGen.Core.Validation;
using ReportGen.Xlsx;

namespace ReportGen.Cli.Tests;

/// <summary>
/// <c>reportgen import</c> in-process on workbooks made by <c>build --format xlsx</c>: output, files and
/// exit codes 0 / 1 / 2.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "templates");

    private readonly string _dir = Directory.CreateTempSubdirectory("rg-import-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out");

    private (int Code, string Out, string Err) Import(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = new ImportCommand(output, error).Run(args);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The reference department's workbook, written by the xlsx build.</summary>
    private string Workbook()
    {
        var dir = Path.Combine(_dir, "xlsx");
        var code = new BuildCommand([new XlsxRenderer()], TextWriter.Null, TextWriter.Null).Run([Reference, "--out", dir, "--format", "xlsx", "--templates", Templates]);
        Assert.Equal(0, code);
        var path = Path.Combine(_dir, "yubei.xlsx");
        File.Copy(Path.Combine(dir, "yubei-zwfw-2024.xlsx"), path);
        return path;
    }

    [Fact]
    public void With_text_writes_a_json_that_validates_and_builds_the_same_document_exit_0()
    {
        var (code, stdout, _) = Import(Workbook(), "--out", Out, "--text", Reference);
        Assert.True(code == 0, stdout);
        var json = Path.Combine(Out, "yubei.json");
        Assert.Equal($"{Path.Combine(_dir, "yubei.xlsx")}: 已生成 {json}\n导入了 1 个工作簿：生成 1 个，失败 0 个。\n", stdout.ReplaceLineEndings("\n"));
        Assert.True(FileValidator.ValidateFile(json).IsValid);
        Assert.Contains("\"$schema\": \"", File.ReadAllText(json), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Out, "*.tmp"));

        var texts = Path.Combine(_dir, "txt");
        Assert.Equal(0, new BuildCommand([new Core.Rendering.TextRenderer()], TextWriter.Null, TextWriter.Null).Run([json, Reference, "--out", texts, "--format", "txt", "--templates", Templates]));
        Assert.Equal(File.ReadAllText(Path.Combine(texts, "yubei-zwfw-2024.txt")), File.ReadAllText(Path.Combine(texts, "yubei.txt")));
    }

    [Fact]
    public void Without_text_lists_what_to_fill_in_and_validate_refuses_it_exit_0()
    {
        var (code, stdout, _) = Import(Workbook(), "--out", Out);
        Assert.True(code == 0, stdout);
        var json = Path.Combine(Out, "yubei.json");
        Assert.Contains($"{json} 还需要填写 30 项（在文件中搜索“【待填写】”，填好后运行 reportgen validate {json}）：", stdout, StringComparison.Ordinal);
        Assert.Contains("    1. $.profile.duties[0]：职能职责（每条职责一项，不写“一是”“二是”）\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("    4. $.expenditure.lastYear.basic：2023年基本支出预算数（全部资金来源）（填数字）\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("导入了 1 个工作簿：生成 1 个（其中 1 个还有待填写的内容），失败 0 个。\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var validate = new StringWriter();
        Assert.Equal(1, new ValidateCommand(validate, TextWriter.Null).Run([json]));
        Assert.Contains("$.expenditure.lastYear.basic: 尚未填写：2023年基本支出预算数（全部资金来源）（请把“【待填写】…”换成实际内容后再生成）", validate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_errors_gets_no_json_and_loses_a_stale_one_exit_1()
    {
        Directory.CreateDirectory(Out);
        var stale = Path.Combine(Out, "tables.json");
        File.WriteAllText(stale, "{}");
        // A workbook holding only 目录 … 表四 (the other sheets deleted) is refused.
        var workbook = Workbook();
        var partial = Path.Combine(_dir, "tables.xlsx");
        File.Copy(workbook, partial);
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(partial, true))
        {
            var book = doc.WorkbookPart!;
            foreach (var sheet in book.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Skip(5).ToList())
            {
                book.DeletePart(sheet.Id!);
                sheet.Remove();
            }
            book.Workbook.DefinedNames?.Remove();
        }
        var (code, stdout, _) = Import(partial, "--out", Out, "--text", Reference);
        Assert.Equal(1, code);
        Assert.Contains($"{partial}: 错误: 工作簿中没有找到表五（部门一般公共预算财政拨款支出预算表）", stdout, StringComparison.Ordinal);
        // The earlier file is out of the way of build, and kept: it may hold text typed by hand.
        Assert.Contains($"未生成 {stale}（以前的同名文件已改名为 {stale}.bak 保存，生成文档时不再使用）。", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(stale));
        Assert.Equal("{}", File.ReadAllText(stale + ".bak"));
    }

    [Fact]
    public void Importing_over_a_data_file_edited_by_hand_keeps_the_edited_one_as_bak()
    {
        Directory.CreateDirectory(Out);
        var target = Path.Combine(Out, "tables.json");
        var workbook = Path.Combine(_dir, "tables.xlsx");
        File.Copy(Workbook(), workbook);
        Assert.Equal(0, Import(workbook, "--out", Out, "--text", Reference).Code);
        var imported = File.ReadAllText(target);

        // The same import again changes nothing and keeps no copy.
        var (again, sameOut, _) = Import(workbook, "--out", Out, "--text", Reference);
        Assert.Equal(0, again);
        Assert.Contains($"已生成 {target}", sameOut, StringComparison.Ordinal);
        Assert.DoesNotContain(".bak", sameOut, StringComparison.Ordinal);
        Assert.False(File.Exists(target + ".bak"));

        // A clerk types a text into the file; a later import keeps that file as .bak.
        var edited = imported.Replace("\"person\"", "\"person\" ", StringComparison.Ordinal) + " ";
        File.WriteAllText(target, edited);
        var (code, stdout, _) = Import(workbook, "--out", Out, "--text", Reference);
        Assert.Equal(0, code);
        Assert.Contains($"已生成 {target}（以前的同名文件内容不同，已保存为 {target}.bak）", stdout, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(target + ".bak"));
        Assert.Equal(imported, File.ReadAllText(target));
    }

    [Fact]
    public void Usage_errors_and_unreadable_files_exit_2()
    {
        Assert.Throws<UsageException>(() => Import("--out", Out));
        Assert.Throws<UsageException>(() => Import(Reference));
        var missing = Import(Path.Combine(_dir, "none.xlsx"), "--out", Out);
        Assert.Equal(2, missing.Code);
        Assert.Contains("none.xlsx: 错误: 找不到文件", missing.Err, StringComparison.Ordinal);
        var notWorkbook = Path.Combine(_dir, "notes.xlsx");
        File.WriteAllText(notWorkbook, "这不是工作簿");
        var bad = Import(notWorkbook, "--out", Out);
        Assert.Equal(2, bad.Code);
        Assert.Contains($"{notWorkbook}: 错误: 无法读取工作簿：不是 Excel 工作簿（.xlsx 或 .xls），或文件已损坏", bad.Out, StringComparison.Ordinal);
        var noText = Import(Workbook(), "--out", Out, "--text", Path.Combine(_dir, "none.json"));
        Assert.Equal(2, noText.Code);
        Assert.Contains("无法读取文件：文件不存在", noText.Err, StringComparison.Ordinal);
    }
}
