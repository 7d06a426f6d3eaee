using Microsoft.Extensions.DependencyInjection;

namespace ReportGen.Cli.Tests.CommandLine;

/// <summary>Only the command that runs is constructed: help, version and usage errors make no command, renderer or logger.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData(new[] { "--version" }, new string[0])]
    [InlineData(new[] { "--help" }, new string[0])]
    [InlineData(new[] { "build", "--help" }, new string[0])]
    [InlineData(new[] { "biuld" }, new string[0])]
    [InlineData(new[] { "build", "data/", "--out", "o", "--jobs", "0" }, new string[0])]
    [InlineData(new[] { "version" }, new[] { "VersionCommand" })]
    [InlineData(new[] { "completion", "bash" }, new[] { "CompletionCommand" })]
    [InlineData(new[] { "validate", "/nonexistent/x.json" }, new[] { "ValidateCommand" })]
    public void Only_what_the_command_uses_is_constructed(string[] args, string[] constructed)
    {
        var services = new ServiceCollection();
        CommandRegistry.Register(services);
        using var provider = services.BuildServiceProvider();
        var recording = new RecordingProvider(provider);

        CommandRegistry.Run(recording, args, new StringWriter(), new StringWriter());

        Assert.Equal(["IEnumerable`1[CliCommandEntry]", .. constructed], recording.Requested);
    }

    private sealed class RecordingProvider(IServiceProvider inner) : IServiceProvider
    {
        public List<string> Requested { get; } = [];

        public object? GetService(Type serviceType)
        {
            Requested.Add(serviceType.IsGenericType ? $"{serviceType.Name}[{string.Join(",", serviceType.GetGenericArguments().Select(a => a.Name))}]" : serviceType.Name);
            return inner.GetService(serviceType);
        }
    }
}
