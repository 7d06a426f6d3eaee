using System.CommandLine;
using System.Text;
using ReportGen.Pipeline;
using ReportGen.Cli.Diff;
using ReportGen.Core.Validation;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen diff &lt;file|folder&gt;... --templates NEW --base-templates OLD [--out FILE.html]</c>: builds every
/// department's document with both template sets and shows, per department, the sentences, headings and
/// table cells that differ, old beside new, on the terminal and optionally as an HTML report, closed by a
/// summary line. Exit 0 compared (with or without differences), 1 some input invalid or a template set
/// or document failed, 2 usage error, unreadable input or no input found.
/// </summary>
internal sealed class DiffCommand : ICliCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;

    public DiffCommand() : this(Console.Out, Console.Error)
    {
    }

    internal DiffCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _err = error;
    }

    internal sealed class Syntax : CliSyntax
    {
        public readonly Argument<string[]> Inputs = CliOptions.Inputs("文件|文件夹", "预算数据文件（.json）；或文件夹，比较其中的 *.json 文件（不含子文件夹）。可写多个");
        public readonly Option<string> Templates = CliOptions.Value("--templates", "文件夹", "修改后的模板文件夹（必填）");
        public readonly Option<string> BaseTemplates = CliOptions.Value("--base-templates", "文件夹", "作为对照的原模板文件夹（必填）");
        public readonly Option<string> Out = CliOptions.Value("--out", "报告.html", "另外写一份 HTML 对比报告（旧、新并排，不同的文字标出）");

        public Syntax()
            : base("diff", "比较两套模板生成的文档：列出各部门不同的句子、标题和表格内容")
        {
            Add(Inputs);
            Add(Templates);
            Add(BaseTemplates);
            Add(Out);
        }

        public override IReadOnlyList<string> UsageLines => ["diff <文件|文件夹>... --templates <新模板文件夹> --base-templates <原模板文件夹> [--out <报告.html>]"];

        public override IReadOnlyList<(string What, string CommandLine)> Examples =>
        [
            ("看修改后的模板会让各部门的文档有哪些变化，并写一份对比报告", "diff data/ --templates 新模板 --base-templates templates --out 比较结果.html"),
        ];

        public override IReadOnlyList<string> Notes =>
        [
            "每个部门分别用两套模板生成文档，逐句、逐个标题、逐个表格单元格比较；只列出有变化的部门，最后一行汇总。",
            "退出码：0 比较完成（无论有无差异），1 有数据错误、模板错误或文档生成失败，2 用法错误、文件无法读取或没有找到输入文件",
        ];
    }

    /// <summary>Parses <paramref name="args"/> (after "diff") and runs; a usage error is thrown.</summary>
    public int Run(string[] args) => CommandRegistry.RunAlone(this, new Syntax(), args, _out);

    public int Run(ParseResult parse)
    {
        var syntax = (Syntax)parse.CommandResult.Command;
        var inputs = parse.GetValue(syntax.Inputs) ?? [];
        if (inputs.Length == 0)
        {
            throw new UsageException("请指定至少一个数据文件或文件夹");
        }
        var newDir = Folder(parse.GetValue(syntax.Templates), "templates");
        var oldDir = Folder(parse.GetValue(syntax.BaseTemplates), "base-templates");
        var outFile = parse.GetValue(syntax.Out);
        if (outFile is not null && !outFile.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !outFile.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--out 应为 .html 文件，实际为“{outFile}”");
        }
        var (files, problems) = InputFiles.Expand(inputs);
        problems.ForEach(_err.WriteLine);
        if (files.Count == 0)
        {
            _err.WriteLine("没有找到要比较的 .json 文件");
            return ExitCodes.Usage;
        }

        var newSet = TemplateSet.Load(newDir, newDir);
        var oldSet = TemplateSet.Load(oldDir, oldDir);
        var templateErrors = oldSet.Diagnostics.Concat(newSet.Diagnostics).Where(d => d.IsError).ToList();
        if (templateErrors.Count > 0)
        {
            templateErrors.ForEach(d => _out.WriteLine(d.ToString()));
            _out.WriteLine($"模板有 {templateErrors.Count} 个错误，未进行比较。");
            return ExitCodes.Failed;
        }
        var oldRenderer = new TemplateRenderer(oldSet);
        var newRenderer = new TemplateRenderer(newSet);
        var results = new List<DepartmentComparison>();
        var unreadable = false;
        foreach (var file in files)
        {
            var (comparison, cannotRead) = Compare(file, oldRenderer, newRenderer);
            unreadable |= cannotRead;
            results.Add(comparison);
        }

        var report = new DiffReport(oldDir, newDir, results);
        report.WriteText(_out);
        if (outFile is not null && !WriteHtml(outFile, report.ToHtml()))
        {
            return ExitCodes.Usage;
        }
        return problems.Count > 0 || unreadable ? ExitCodes.Usage
            : results.Any(r => r.Failed) ? ExitCodes.Failed
            : ExitCodes.Ok;
    }

    private static string Folder(string? dir, string option)
    {
        if (dir is null)
        {
            throw new UsageException($"缺少 --{option} <文件夹>");
        }
        return PipelineSetup.TemplateFolder(dir, "--" + option);
    }

    private static (DepartmentComparison Comparison, bool Unreadable) Compare(string file, TemplateRenderer oldRenderer, TemplateRenderer newRenderer)
    {
        var checkedFile = FileValidator.ValidateFile(file);
        if (checkedFile.ValidReport is not { } report)
        {
            var errors = checkedFile.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
            return (new DepartmentComparison(file, "", [], ["数据有错误，未比较：", .. errors]), checkedFile.Unreadable);
        }
        var old = oldRenderer.Render(report);
        var @new = newRenderer.Render(report);
        var failures = new List<string>();
        if (old.Document is null || old.HasErrors)
        {
            failures.Add("旧模板生成失败：");
            failures.AddRange(old.Diagnostics.Select(d => d.ToString()));
        }
        if (@new.Document is null || @new.HasErrors)
        {
            failures.Add("新模板生成失败：");
            failures.AddRange(@new.Diagnostics.Select(d => d.ToString()));
        }
        var name = report.Department.Name;
        if (failures.Count > 0)
        {
            return (new DepartmentComparison(file, name, [], failures), false);
        }
        return (new DepartmentComparison(file, name, DocumentComparer.Compare(old.Document!, @new.Document!), []), false);
    }

    /// <summary>Writes the report through a temporary file renamed into place; false (with the reason on stderr) on failure.</summary>
    private bool WriteHtml(string path, string html)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(temp, html, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
            _out.WriteLine($"对比报告已写入 {path}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
            }
            _err.WriteLine($"{path}: 错误: 无法写入对比报告：{Core.IO.IoErrors.Describe(e)}");
            return false;
        }
    }
}
