using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ReportGen.Cli;

/// <summary>
/// The commands of <c>reportgen</c> (docs/cli.md). A command is a class implementing <see cref="ICliCommand"/>
/// with a nested <see cref="CliSyntax"/>, registered here with <see cref="Add{TCommand, TSyntax}"/>. Only the
/// syntax of every command is built at start; the command itself (and what it needs: renderers, loggers)
/// is constructed when it runs.
/// </summary>
internal static class CommandRegistry
{
    public const string Summary = "部门预算情况说明生成工具：由部门预算数据生成《部门预算情况说明》及部门预算公开表（Word、PDF、网页、Excel）";

    private static readonly ParserConfiguration Parsing = new()
    {
        // No short options to bundle, and "@file" is a file name, not a response file.
        EnablePosixBundling = false,
        ResponseFileTokenReplacer = null,
    };

    public static void Register(IServiceCollection services)
    {
        Add<Commands.ImportCommand, Commands.ImportCommand.Syntax>(services);
        Add<Commands.ValidateCommand, Commands.ValidateCommand.Syntax>(services);
        Add<Commands.BuildCommand, Commands.BuildCommand.Syntax>(services);
        Add<Commands.NextYearCommand, Commands.NextYearCommand.Syntax>(services);
        Add<Commands.DiffCommand, Commands.DiffCommand.Syntax>(services);
        Add<Commands.ServeCommand, Commands.ServeCommand.Syntax>(services);
        Add<Commands.SampleCommand, Commands.SampleCommand.Syntax>(services);
        Add<Commands.TemplatesCommand, Commands.TemplatesCommand.Syntax>(services);
        Add<Commands.CompletionCommand, Commands.CompletionCommand.Syntax>(services);
        Add<Commands.VersionCommand, Commands.VersionCommand.Syntax>(services);
        services.AddLogging(ConfigureLogging);
        // Renderers are made by factories so that their assemblies load only when a command asks for them.
        services.AddSingleton<Core.Rendering.IDocumentRenderer>(_ => new Core.Rendering.TextRenderer());
        services.AddSingleton<Core.Rendering.IDocumentRenderer>(_ => new Docx.DocxRenderer());
        services.AddSingleton<Core.Rendering.IDocumentRenderer>(_ => new Pdf.PdfRenderer());
        services.AddSingleton<Core.Rendering.IDocumentRenderer>(_ => new Xlsx.XlsxRenderer());
        services.AddSingleton<Core.Rendering.IDocumentRenderer>(_ => new Html.HtmlRenderer());
        services.AddSingleton<Core.Rendering.IDocumentRenderer>(_ => new Html.HtmlFragmentRenderer());
    }

    private static void Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCommand, TSyntax>(IServiceCollection services)
        where TCommand : class, ICliCommand
        where TSyntax : CliSyntax, new()
    {
        services.AddTransient<TCommand>();
        services.AddSingleton(new CliCommandEntry(() => new TSyntax(), provider => provider.GetRequiredService<TCommand>()));
    }

    public static int Run(IServiceProvider services, string[] args) => Run(services, args, Console.Out, Console.Error);

    internal static int Run(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        var syntaxes = new List<CliSyntax>();
        foreach (var entry in services.GetServices<CliCommandEntry>())
        {
            var syntax = entry.CreateSyntax();
            syntax.SetAction(parse => entry.Resolve(services).Run(parse));
            syntaxes.Add(syntax);
        }
        return Invoke(CreateRoot(syntaxes), args, output, error, standalone: false);
    }

    /// <summary>
    /// Runs one command on its arguments (without the command name) as the program would, for tests and
    /// callers holding a command: a usage error is thrown as <see cref="UsageException"/>; help goes to <paramref name="output"/>.
    /// </summary>
    internal static int RunAlone(ICliCommand command, CliSyntax syntax, string[] args, TextWriter output)
    {
        syntax.SetAction(command.Run);
        return Invoke(CreateRoot([syntax]), [syntax.Name, .. args], output, TextWriter.Null, standalone: true);
    }

    private static RootCommand CreateRoot(IEnumerable<CliSyntax> commands)
    {
        var root = new RootCommand(Summary);
        // Completion queries name the program ("reportgen bu"); the root's own name is the host's
        // ("reportgen" for the program, "testhost" in tests).
        if (root.Name != HelpWriter.Program)
        {
            root.Aliases.Add(HelpWriter.Program);
        }
        root.Options.Clear();
        root.Options.Add(new HelpOption("--help", ["-h", "-?"]) { Description = "显示帮助（用法、选项和示例）", Action = new ChineseHelpAction() });
        root.Options.Add(new VersionOption("--version", []) { Description = "显示版本", Action = new VersionAction() });
        root.Directives.Clear();
        root.Directives.Add(new SuggestDirective());
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }
        root.Subcommands.Add(HelpCommand(root));
        // "reportgen" alone: the list of commands, as a usage error.
        root.SetAction(parse =>
        {
            HelpWriter.Write(root, parse.InvocationConfiguration.Error);
            return ExitCodes.Usage;
        });
        return root;
    }

    /// <summary><c>reportgen help [命令]</c>: the same as <c>--help</c>.</summary>
    private static Command HelpCommand(RootCommand root)
    {
        var name = new Argument<string?>("command") { HelpName = "命令", Arity = ArgumentArity.ZeroOrOne };
        var help = new Command("help", "显示帮助") { Hidden = true };
        help.Arguments.Add(name);
        help.SetAction(parse =>
        {
            var wanted = parse.GetValue(name);
            var command = wanted is null ? root : root.Subcommands.FirstOrDefault(c => c.Name == wanted && !c.Hidden)
                ?? throw new UsageException($"未知的命令“{wanted}”。{UsageErrors.Suggestion(wanted, root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}".TrimEnd());
            HelpWriter.Write(command, parse.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        });
        return help;
    }

    private static int Invoke(RootCommand root, string[] args, TextWriter output, TextWriter error, bool standalone)
    {
        if (standalone)
        {
            return Parse(root, args, output, error, standalone);
        }
        Command command = root;
        try
        {
            return Parse(root, args, output, error, standalone, c => command = c);
        }
        catch (UsageException e)
        {
            error.WriteLine($"用法错误：{e.Message}");
            error.WriteLine(HelpWriter.Hint(command));
            return ExitCodes.Usage;
        }
        catch (Exception e) when (Core.IO.IoErrors.IsEnvironment(e))
        {
            // Last line of defence: a file-system fault no step reported itself is still said in Chinese, without a stack trace.
            error.WriteLine(e is Core.IO.ChineseIOException ? $"错误：{e.Message}" : $"错误：读写文件失败：{Core.IO.IoErrors.Describe(e)}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"程序内部错误（{e.GetType().Name}）：{e.Message}。这是 reportgen 的缺陷，请连同所用的命令和数据报告。");
            return ExitCodes.Failed;
        }
    }

    private static int Parse(RootCommand root, string[] args, TextWriter output, TextWriter error, bool standalone, Action<Command>? parsed = null)
    {
        var parse = root.Parse(args, Parsing);
        parsed?.Invoke(parse.CommandResult.Command);
        var problems = UsageErrors.Describe(parse, args);
        if (problems.Count > 0)
        {
            if (standalone)
            {
                throw new UsageException(problems[0]);
            }
            problems.ForEach(p => error.WriteLine($"用法错误：{p}"));
            error.WriteLine(HelpWriter.Hint(parse.CommandResult.Command));
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            // build handles Ctrl+C and SIGTERM itself (finish the departments under way, exit 130).
            ProcessTerminationTimeout = null,
        });
    }

    /// <summary>
    /// Log messages (per-department timings at Debug) on the error stream; the level from
    /// <c>Logging__LogLevel__Default</c> (or <c>REPORTGEN_Logging__LogLevel__Default</c>), Information by default.
    /// Read directly: no configuration system is built for one variable.
    /// </summary>
    private static void ConfigureLogging(ILoggingBuilder logging)
    {
        var level = Environment.GetEnvironmentVariable("REPORTGEN_Logging__LogLevel__Default")
            ?? Environment.GetEnvironmentVariable("Logging__LogLevel__Default");
        logging.SetMinimumLevel(Enum.TryParse<LogLevel>(level, ignoreCase: true, out var parsed) ? parsed : LogLevel.Information);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.None);
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = null;
        });
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}

/// <summary>A registered command: how to build its syntax, and how to get the command that runs it.</summary>
internal sealed record CliCommandEntry(Func<CliSyntax> CreateSyntax, Func<IServiceProvider, ICliCommand> Resolve);

/// <summary>A sub-command of the CLI: runs on a command line parsed with its <see cref="CliSyntax"/>.</summary>
internal interface ICliCommand
{
    int Run(ParseResult parse);
}
