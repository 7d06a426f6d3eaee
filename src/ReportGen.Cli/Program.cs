using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReportGen.Cli;
using ReportGen.Core.Diagnostics;

StageTrace.Mark("main");
Console.OutputEncoding = new UTF8Encoding(false);

// No host, no configuration: the command line is parsed first, and only the command that runs
// constructs what it needs (docs/cli.md).
var services = new ServiceCollection();
CommandRegistry.Register(services);
using var provider = services.BuildServiceProvider();
return CommandRegistry.Run(provider, args);
