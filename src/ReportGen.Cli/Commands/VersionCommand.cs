using System.CommandLine;
using System.Reflection;

namespace ReportGen.Cli.Commands;

/// <summary><c>reportgen version</c> (and <c>reportgen --version</c>): the program's version.</summary>
internal sealed class VersionCommand : ICliCommand
{
    internal sealed class Syntax : CliSyntax
    {
        public Syntax()
            : base("version", "显示版本")
        {
        }

        public override IReadOnlyList<string> UsageLines => ["version", "--version"];
    }

    public static string ToolVersion =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionCommand).Assembly.GetName().Version?.ToString() ?? "0";

    public int Run(ParseResult parse)
    {
        parse.InvocationConfiguration.Output.WriteLine($"{HelpWriter.Program} {ToolVersion}");
        return ExitCodes.Ok;
    }
}
