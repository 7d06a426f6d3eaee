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
if (!DesktopStart.Applies(args))
{
    return CommandRegistry.Run(provider, args);
}

// Double-clicked on Windows: the web app on the data folder beside the program, in the browser.
Console.Out.WriteLine("reportgen —— 部门预算情况说明生成工具。正在启动本机网页……");
int code;
try
{
    Directory.CreateDirectory(DesktopStart.DataFolder);
    code = CommandRegistry.Run(provider, DesktopStart.Command);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"无法在 {Environment.CurrentDirectory} 中建立 {DesktopStart.DataFolder} 文件夹：{ReportGen.Core.IO.IoErrors.Describe(e)}。请把程序复制到自己的文件夹（如“文档”）后再双击。");
    code = ExitCodes.Usage;
}
if (code != ExitCodes.Ok)
{
    DesktopStart.WaitBeforeClosing(Console.Out);
}
return code;
