using System.CommandLine;
using System.Text;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;
using ReportGen.Import;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen import &lt;workbook.xlsx|.xls&gt;... --out DIR [--text FILE.json]</c>: reads the budget system's
/// 部门预算公开表 workbooks and writes <c>DIR/&lt;workbook stem&gt;.json</c> (written to a temporary name and
/// renamed). What no table holds comes from --text or is left as a 【待填写】 placeholder and listed.
/// Exit 0 every workbook imported, 1 some workbook has errors (its JSON is not written), 2 usage error or
/// an unreadable file.
/// </summary>
internal sealed class ImportCommand : ICliCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;

    public ImportCommand() : this(Console.Out, Console.Error)
    {
    }

    internal ImportCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _err = error;
    }

    internal sealed class Syntax : CliSyntax
    {
        public readonly Argument<string[]> Workbooks = CliOptions.Inputs("工作簿", "预算管理一体化系统导出的部门预算公开表（.xlsx 或 .xls）；可写多个");
        public readonly Option<string> Out = CliOptions.Value("--out", "文件夹", "输出文件夹（必填），写入 文件夹/<工作簿文件名>.json");
        public readonly Option<string> Text = CliOptions.Value("--text", "文件.json", "提供表格里没有的文字（职能职责、单位构成、增减原因、用途、联系方式、名词解释等）：\n通常是本部门上一年的数据文件；表格里有的数字一律以工作簿为准");

        public Syntax()
            : base("import", "由预算系统导出的公开表工作簿（xlsx、xls）生成数据文件（JSON）")
        {
            Add(Workbooks);
            Add(Out);
            Add(Text);
        }

        public override IReadOnlyList<string> UsageLines => ["import <工作簿.xlsx|工作簿.xls>... --out <文件夹> [--text <文件.json>]"];

        public override IReadOnlyList<(string What, string CommandLine)> Examples =>
        [
            ("导入本年的公开表，文字部分取自上一年的数据文件", "import 政务办2024年部门预算公开表.xlsx --out data --text data/政务办2023.json"),
            ("只导入表格（文字部分留待填写）", "import 政务办2024年部门预算公开表.xls --out data"),
        ];

        public override IReadOnlyList<string> Notes =>
        [
            "工作簿按表标题或工作表名（表一…表十七）查找各表，按表头文字读取各列；每个问题注明“文件:工作表!单元格”。",
            "仍缺少的内容在 JSON 中写为“【待填写】…”并在最后列出；填好之前 validate 和 build 都不会通过。",
            "退出码：0 全部导入，1 有工作簿存在数据错误（不生成其 JSON），2 用法错误或文件无法读取",
        ];
    }

    /// <summary>Parses <paramref name="args"/> (after "import") and runs; a usage error is thrown.</summary>
    public int Run(string[] args) => CommandRegistry.RunAlone(this, new Syntax(), args, _out);

    public int Run(ParseResult parse)
    {
        var syntax = (Syntax)parse.CommandResult.Command;
        var workbooks = parse.GetValue(syntax.Workbooks) ?? [];
        if (workbooks.Length == 0)
        {
            throw new UsageException("请指定至少一个工作簿（.xlsx 或 .xls）");
        }
        var outDir = parse.GetValue(syntax.Out) ?? throw new UsageException("缺少 --out <文件夹>（输出文件夹）");
        BudgetReport? text = null;
        if (parse.GetValue(syntax.Text) is { } textPath)
        {
            var loaded = BudgetLoader.Load(textPath);
            if (loaded.IsUnreadable)
            {
                loaded.Diagnostics.ToList().ForEach(d => _err.WriteLine(d.ToString()));
                return ExitCodes.Usage;
            }
            if (loaded.Report is null)
            {
                loaded.Diagnostics.ToList().ForEach(d => _out.WriteLine(d.ToString()));
                _out.WriteLine($"--text 文件 {textPath} 有错误，未导入任何工作簿。");
                return ExitCodes.Failed;
            }
            text = loaded.Report;
        }

        var usage = false;
        int written = 0, incomplete = 0, failed = 0;
        foreach (var workbook in workbooks)
        {
            if (!File.Exists(workbook))
            {
                _err.WriteLine($"{workbook}: 错误: 找不到文件");
                usage = true;
                continue;
            }
            var result = WorkbookImporter.Import(workbook, workbook, text);
            foreach (var d in result.Diagnostics)
            {
                _out.WriteLine(d.ToString());
            }
            var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(workbook) + ".json");
            if (result.HasErrors)
            {
                usage |= result.Unreadable;
                failed++;
                // The earlier file no longer matches the workbook, but it may hold text typed by hand:
                // kept under another name, where building a folder does not read it.
                var kept = KeepPrevious(target, null);
                _out.WriteLine($"{workbook}: 有 {result.Diagnostics.Count(d => d.IsError)} 个错误，未生成 {target}{(kept is null ? "" : $"（以前的同名文件已改名为 {kept} 保存，生成文档时不再使用）")}。");
                continue;
            }
            Directory.CreateDirectory(outDir);
            var json = result.ToJson(SchemaReference(outDir));
            var previous = KeepPrevious(target, json);
            WriteAtomically(target, json);
            written++;
            _out.WriteLine($"{workbook}: 已生成 {target}{(previous is null ? "" : $"（以前的同名文件内容不同，已保存为 {previous}）")}");
            if (result.Missing.Count > 0)
            {
                incomplete++;
                PrintChecklist(target, result);
            }
            else if (FileValidator.ValidateFile(target) is { IsValid: false } check)
            {
                // Cannot happen when the importer and the validator agree; said plainly if it ever does.
                check.Diagnostics.ToList().ForEach(d => _out.WriteLine(d.ToString()));
            }
        }
        var total = workbooks.Length;
        _out.WriteLine($"导入了 {total} 个工作簿：生成 {written} 个{(incomplete > 0 ? $"（其中 {incomplete} 个还有待填写的内容）" : "")}，失败 {total - written} 个。");
        return usage ? ExitCodes.Usage : failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private void PrintChecklist(string target, ImportResult result)
    {
        _out.WriteLine($"{target} 还需要填写 {result.Missing.Count} 项（在文件中搜索“{Placeholder.Marker}”，填好后运行 reportgen validate {target}）：");
        var i = 1;
        foreach (var m in result.Missing)
        {
            _out.WriteLine($"  {i++,3}. {m.Path}：{m.Label}{(m.Numeric ? "（填数字）" : "")}");
        }
    }

    /// <summary>
    /// Renames an existing <paramref name="target"/> to <c>target.bak</c> (replacing an older one) unless it
    /// already holds <paramref name="content"/>; returns the new name, or null when nothing was kept.
    /// A data file may hold the texts a clerk typed after the last import: an import never destroys it.
    /// </summary>
    private static string? KeepPrevious(string target, string? content)
    {
        if (!File.Exists(target) || content is not null && File.ReadAllText(target, Encoding.UTF8) == content)
        {
            return null;
        }
        var kept = target + ".bak";
        File.Move(target, kept, overwrite: true);
        return kept;
    }

    private static void WriteAtomically(string path, string content)
    {
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, content, new UTF8Encoding(false));
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>
    /// The schema's path relative to the output folder (found above it, the current folder or the program), for
    /// editors; null where there is none (the single-file program carries its schema inside, and a path to a
    /// file that does not exist would only make an editor complain).
    /// </summary>
    internal static string? SchemaReference(string outDir)
    {
        var full = Path.GetFullPath(outDir);
        foreach (var start in new[] { full, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "schemas", "budget.schema.json");
                if (File.Exists(candidate))
                {
                    return Path.GetRelativePath(full, candidate).Replace('\\', '/');
                }
            }
        }
        return null;
    }
}
