using System.Reflection;

namespace ReportGen.Cli.Commands;

internal sealed class VersionCommand : ICliCommand
{
    public string Name => "version";
    public string Summary => "显示版本";
    public string Usage => "用法：reportgen version";

    public static string ToolVersion =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionCommand).Assembly.GetName().Version?.ToString() ?? "0";

    public int Run(string[] args)
    {
        Console.WriteLine("reportgen " + ToolVersion);
        return ExitCodes.Ok;
    }
}
