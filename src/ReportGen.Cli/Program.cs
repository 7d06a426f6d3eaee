using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportGen.Cli;
using ReportGen.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = [],
    ContentRootPath = Directory.GetCurrentDirectory(),
    DisableDefaults = false,
});
builder.Configuration.AddEnvironmentVariables(prefix: "REPORTGEN_");
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(o =>
{
    o.SingleLine = true;
    o.TimestampFormat = null;
});
builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.None);
builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o =>
    o.LogToStandardErrorThreshold = LogLevel.Trace);
CommandRegistry.Register(builder.Services);

using var host = builder.Build();
return CommandRegistry.Run(host.Services, args);
