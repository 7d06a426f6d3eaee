namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen templates export DIR [--force]</c>: writes the template set built into the program
/// (templates, settings.json, style.json) to DIR for template editors (<see cref="TemplateExport"/>).
/// Exit 0 written (or already there unchanged), 2 usage error, an edited folder without --force, or
/// an unwritable folder.
/// </summary>
internal sealed class TemplatesCommand : ICliCommand
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;

    public TemplatesCommand() : this(Console.Out, Console.Error)
    {
    }

    internal TemplatesCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _err = error;
    }

    public string Name => "templates";
    public string Summary => "导出程序内置的模板，供修改后用 --templates 使用";
    public string Usage => """
        用法：reportgen templates export <文件夹> [--force]
          把程序内置的模板（各部分的文字模板、settings.json 数字格式、style.json 样式表）
          写到指定文件夹，修改后用 reportgen build … --templates <文件夹> 生成文档。
          文件夹中已有同名文件且内容被改过时不覆盖，列出这些文件后退出；
          --force  覆盖已修改的文件（文件夹中其他文件不受影响）
        退出码：0 已导出，2 用法错误、文件夹中有已修改的模板（未加 --force）或无法写入
        """;

    public int Run(string[] args)
    {
        var line = CommandLine.Parse(args, [], ["force"]);
        if (line.HelpRequested)
        {
            _out.WriteLine(Usage);
            return ExitCodes.Ok;
        }
        if (line.Positional.Count == 0 || line.Positional[0] != "export")
        {
            throw new UsageException(line.Positional.Count == 0 ? "请指定子命令 export" : $"未知的子命令：{line.Positional[0]}（可用：export）");
        }
        if (line.Positional.Count != 2)
        {
            throw new UsageException(line.Positional.Count == 1 ? "请指定导出到的文件夹" : $"只能指定一个文件夹（多余的参数：{line.Positional[2]}）");
        }
        var dir = line.Positional[1];
        if (File.Exists(dir))
        {
            throw new UsageException($"{dir} 是一个文件，不是文件夹");
        }
        TemplateExportResult result;
        try
        {
            result = TemplateExport.Run(BuiltInResources.Templates, dir, line.Has("force"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _err.WriteLine($"{dir}: 错误: 无法写入模板文件夹：{Core.IO.IoErrors.Describe(e)}");
            return ExitCodes.Usage;
        }
        if (!result.Complete)
        {
            foreach (var name in result.Refused)
            {
                _err.WriteLine($"{Path.Combine(dir, name)}: 错误: 该文件已被修改，与内置模板不同，未覆盖");
            }
            _err.WriteLine($"{dir} 中有 {result.Refused.Count} 个已修改的模板文件，未导出任何文件；如确要用内置模板覆盖它们，请加 --force");
            return ExitCodes.Usage;
        }
        foreach (var name in result.Replaced)
        {
            _out.WriteLine($"{Path.Combine(dir, name)}: 已用内置模板覆盖（原文件已修改）");
        }
        _out.WriteLine(result.Written.Count == 0
            ? $"{dir} 中的 {result.Unchanged.Count} 个模板文件已与内置模板相同，无需导出。"
            : $"已将内置模板导出到 {dir}（写入 {result.Written.Count} 个文件{(result.Unchanged.Count > 0 ? $"，{result.Unchanged.Count} 个已相同" : "")}）。");
        _out.WriteLine($"修改后生成文档：reportgen build <数据文件或文件夹> --out <输出文件夹> --templates {dir}");
        return ExitCodes.Ok;
    }
}
