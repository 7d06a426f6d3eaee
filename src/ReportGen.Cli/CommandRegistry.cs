using Microsoft.Extensions.DependencyInjection;

namespace ReportGen.Cli;

/// <summary>The commands of <c>reportgen</c>. A command is one class implementing <see cref="ICliCommand"/>, registered here.</summary>
internal static class CommandRegistry
{
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<ICliCommand, Commands.VersionCommand>();
        services.AddSingleton<ICliCommand, Commands.SampleCommand>();
        services.AddSingleton<ICliCommand, Commands.ValidateCommand>();
        services.AddSingleton<ICliCommand, Commands.BuildCommand>();
        services.AddSingleton<ICliCommand, Commands.ServeCommand>();
        services.AddSingleton<ICliCommand, Commands.ImportCommand>();
        services.AddSingleton<ICliCommand, Commands.NextYearCommand>();
        services.AddSingleton<ICliCommand, Commands.DiffCommand>();
        services.AddSingleton<ICliCommand, Commands.TemplatesCommand>();
        services.AddSingleton<Core.Rendering.IDocumentRenderer, Core.Rendering.TextRenderer>();
        // Further commands are registered below (validate, build, sample).
        services.AddSingleton<Core.Rendering.IDocumentRenderer, Docx.DocxRenderer>();
        services.AddSingleton<Core.Rendering.IDocumentRenderer, Pdf.PdfRenderer>();
        services.AddSingleton<Core.Rendering.IDocumentRenderer, Xlsx.XlsxRenderer>();
        services.AddSingleton<Core.Rendering.IDocumentRenderer, Html.HtmlRenderer>();
        services.AddSingleton<Core.Rendering.IDocumentRenderer, Html.HtmlFragmentRenderer>();
    }

    public static int Run(IServiceProvider services, string[] args)
    {
        var commands = services.GetServices<ICliCommand>().ToList();
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(commands);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            Console.Error.WriteLine($"未知命令：{args[0]}");
            PrintUsage(commands);
            return ExitCodes.Usage;
        }
        try
        {
            return command.Run(args[1..]);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"用法错误：{e.Message}");
            Console.Error.WriteLine(command.Usage);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (Core.IO.IoErrors.IsEnvironment(e))
        {
            // Last line of defence: a file-system fault no step reported itself is still said in Chinese, without a stack trace.
            Console.Error.WriteLine(e is Core.IO.ChineseIOException ? $"错误：{e.Message}" : $"错误：读写文件失败：{Core.IO.IoErrors.Describe(e)}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"程序内部错误（{e.GetType().Name}）：{e.Message}。这是 reportgen 的缺陷，请连同所用的命令和数据报告。");
            return ExitCodes.Failed;
        }
    }

    private static void PrintUsage(IEnumerable<ICliCommand> commands)
    {
        Console.Error.WriteLine("reportgen — 部门预算情况说明生成工具");
        Console.Error.WriteLine();
        Console.Error.WriteLine("命令：");
        foreach (var c in commands)
        {
            Console.Error.WriteLine($"  {c.Name,-10} {c.Summary}");
        }
        Console.Error.WriteLine();
        Console.Error.WriteLine("reportgen <命令> --help 查看命令的用法。");
    }
}

/// <summary>A sub-command of the CLI.</summary>
internal interface ICliCommand
{
    string Name { get; }
    string Summary { get; }
    string Usage { get; }
    int Run(string[] args);
}
