using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen templates export DIR [--force]</c>: writes the template set built into the program
/// (templates, settings.json, style.json) to DIR for template editors (<see cref="TemplateExport"/>).
/// Exit 0 written (or already there unchanged), 2 usage error, an edited folder without --force, or
/// an unwritable folder.
/// </summary>
internal sealed class TemplatesCommand : ICliCommand
{
    internal sealed class Syntax : CliSyntax
    {
        public readonly Argument<string> Verb = new("action")
        {
            HelpName = "export",
            Description = "要做的事：export（导出内置模板）",
            Arity = ArgumentArity.ExactlyOne,
        };

        public readonly Argument<string> Folder = new("folder")
        {
            HelpName = "文件夹",
            Description = "导出到的文件夹（不存在时新建）",
            Arity = ArgumentArity.ZeroOrOne,
        };

        public readonly Option<bool> Force = CliOptions.Flag("--force", "覆盖文件夹中已修改过的模板文件（文件夹中其他文件不受影响）");

        public Syntax()
            : base("templates", "导出程序内置的模板，修改后用 --templates 生成文档")
        {
            Verb.CompletionSources.Add("export");
            Add(Verb);
            Add(Folder);
            Add(Force);
        }

        public override IReadOnlyList<string> UsageLines => ["templates export <文件夹> [--force]"];

        public override IReadOnlyList<(string What, string CommandLine)> Examples =>
        [
            ("把内置模板写到“我的模板”文件夹", "templates export 我的模板"),
            ("恢复为内置模板（覆盖已修改的文件）", "templates export 我的模板 --force"),
        ];

        public override IReadOnlyList<string> Notes =>
        [
            "写出各部分的文字模板（.sbn）、settings.json（数字格式）和 style.json（字体、字号、页边距等版式）。",
            "修改后用 reportgen build data/ --out output --templates 我的模板 生成文档。",
            "文件夹中已有同名文件且内容被改过时一律不覆盖，列出这些文件后退出；加 --force 才用内置模板覆盖。",
            "退出码：0 已导出（或已与内置模板相同），2 用法错误、文件夹中有已修改的模板（未加 --force）或无法写入",
        ];
    }

    public int Run(ParseResult parse)
    {
        var syntax = (Syntax)parse.CommandResult.Command;
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var action = parse.GetValue(syntax.Verb)!;
        if (action != "export")
        {
            throw new UsageException($"未知的子命令“{action}”（可用：export）");
        }
        var dir = parse.GetValue(syntax.Folder) ?? throw new UsageException("请指定导出到的文件夹");
        if (File.Exists(dir))
        {
            throw new UsageException($"{dir} 是一个文件，不是文件夹");
        }
        TemplateExportResult result;
        try
        {
            result = TemplateExport.Run(BuiltInResources.Templates, dir, parse.GetValue(syntax.Force));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{dir}: 错误: 无法写入模板文件夹：{Core.IO.IoErrors.Describe(e)}");
            return ExitCodes.Usage;
        }
        if (!result.Complete)
        {
            foreach (var name in result.Refused)
            {
                error.WriteLine($"{Path.Combine(dir, name)}: 错误: 该文件已被修改，与内置模板不同，未覆盖");
            }
            error.WriteLine($"{dir} 中有 {result.Refused.Count} 个已修改的模板文件，未导出任何文件；如确要用内置模板覆盖它们，请加 --force");
            return ExitCodes.Usage;
        }
        foreach (var name in result.Replaced)
        {
            output.WriteLine($"{Path.Combine(dir, name)}: 已用内置模板覆盖（原文件已修改）");
        }
        output.WriteLine(result.Written.Count == 0
            ? $"{dir} 中的 {result.Unchanged.Count} 个模板文件已与内置模板相同，无需导出。"
            : $"已将内置模板导出到 {dir}（写入 {result.Written.Count} 个文件{(result.Unchanged.Count > 0 ? $"，{result.Unchanged.Count} 个已相同" : "")}）。");
        output.WriteLine($"修改后生成文档：reportgen build <数据文件或文件夹> --out <输出文件夹> --templates {dir}");
        return ExitCodes.Ok;
    }
}
