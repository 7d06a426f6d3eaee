using Microsoft.Extensions.DependencyInjection;

namespace ReportGen.Cli.Tests.CommandLine;

/// <summary>Runs <c>reportgen</c> with all its commands in the test process (as <c>Program.Main</c> does), with its output captured.</summary>
internal static class InProcess
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var services = new ServiceCollection();
        CommandRegistry.Register(services);
        using var provider = services.BuildServiceProvider();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandRegistry.Run(provider, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The names of the commands <c>reportgen --help</c> lists.</summary>
    public static readonly string[] Commands = ["import", "validate", "build", "next-year", "diff", "serve", "sample", "templates", "completion", "version"];
}
