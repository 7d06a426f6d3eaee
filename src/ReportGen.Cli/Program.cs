using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportGen.Cli;
using ReportGen.Core.Diagnostics;

StageTrace.Mark("main");
Console.OutputEncoding = new UTF8Encoding(false);

// No generic host: the commands need only their services and, for Logging__LogLevel__Default=Debug,
// a console logger (the host's configuration sources, file watchers and log providers cost about a
// tenth of a second of start-up; `serve` builds its own web host).
var services = new ServiceCollection();
services.AddLogging(logging =>
{
    if (CliLogging.Level() is { } level)
    {
        logging.SetMinimumLevel(level);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = null;
        });
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
});
CommandRegistry.Register(services);
using var provider = services.BuildServiceProvider();
return CommandRegistry.Run(provider, args);

namespace ReportGen.Cli
{
    /// <summary>The log level asked for by <c>Logging__LogLevel__Default</c> (or <c>REPORTGEN_Logging__LogLevel__Default</c>), as the generic host read it; null: no log output.</summary>
    internal static class CliLogging
    {
        public static LogLevel? Level()
        {
            var value = Environment.GetEnvironmentVariable("REPORTGEN_Logging__LogLevel__Default")
                ?? Environment.GetEnvironmentVariable("Logging__LogLevel__Default");
            return Enum.TryParse<LogLevel>(value, ignoreCase: true, out var level) && level < LogLevel.None ? level : null;
        }
    }
}
