using System.CommandLine;
using Microsoft.Extensions.Hosting;
using ReportGen.Web;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen serve [data folder] [--templates DIR] [--style FILE] [--out DIR] [--port N]</c>: the
/// local web app (docs/web.md) on 127.0.0.1 until Ctrl+C.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    internal sealed class Syntax : CliSyntax
    {
        public readonly Argument<string[]> Data = CliOptions.Inputs("数据文件夹", "列出其中的 *.json 部门数据文件（默认 data）");
        public readonly Option<string> Templates = CliOptions.Value("--templates", "文件夹", "模板文件夹（默认当前文件夹下的 templates，没有时用程序自带的模板）；保存模板后，打开的预览自动更新");
        public readonly Option<string> Style = CliOptions.Value("--style", "文件", "样式表（默认模板文件夹中的 style.json）");
        public readonly Option<string> Out = CliOptions.Value("--out", "文件夹", "“生成全部文档”和下载写入的输出文件夹（默认 output，与 reportgen build --out 相同）");
        public readonly Option<int?> Port = CliOptions.Integer("--port", "端口", "端口（默认 5080）；只在本机地址 127.0.0.1 上提供服务", 0, 65535, "端口号");
        public readonly Option<bool> Open = CliOptions.Flag("--open", "启动后在默认浏览器中打开网页（Windows 上双击 reportgen.exe 即是这样启动）");

        public Syntax()
            : base("serve", "在本机浏览器中使用：上传与校验、预览、下载、审核整个文件夹")
        {
            Add(Data);
            Add(Templates);
            Add(Style);
            Add(Out);
            Add(Port);
            Add(Open);
        }

        public override IReadOnlyList<string> UsageLines => ["serve [数据文件夹] [选项]"];

        public override IReadOnlyList<(string What, string CommandLine)> Examples =>
        [
            ("打开 data 文件夹中的各部门，然后在浏览器中打开屏幕上显示的地址", "serve data/"),
            ("5080 端口已被占用时换一个端口", "serve data/ --port 5081"),
            ("启动后自动打开浏览器", "serve data/ --open"),
        ];

        public override IReadOnlyList<string> Notes =>
        [
            "在浏览器中打开显示的地址（或加 --open 自动打开）；按 Ctrl+C 停止。",
            "Windows 上双击 reportgen.exe：不用输入命令，程序以旁边的 data 文件夹（没有时新建）启动本功能并打开浏览器；关闭窗口即停止。",
            "退出码：0 正常停止，2 用法错误（文件夹不存在、端口被占用等）",
        ];
    }

    public int Run(ParseResult parse)
    {
        var syntax = (Syntax)parse.CommandResult.Command;
        var folders = parse.GetValue(syntax.Data) ?? [];
        if (folders.Length > 1)
        {
            throw new UsageException("只能指定一个数据文件夹");
        }
        var data = folders.Length == 1 ? folders[0] : "data";
        if (!Directory.Exists(data))
        {
            throw new UsageException($"数据文件夹不存在：{data}");
        }
        var port = parse.GetValue(syntax.Port) ?? 5080;
        // Resolved now so that a missing folder is a usage error before the server starts.
        var templates = PipelineSetup.Templates(parse.GetValue(syntax.Templates));
        var options = new WebOptions { DataDir = data, OutDir = parse.GetValue(syntax.Out) ?? "output", TemplatesDir = templates.DiskPath, StylePath = parse.GetValue(syntax.Style), Port = port };
        using var app = WebApp.Create([], options);
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            // Double-clicked a second time: the app already runs on this port, so show it rather than fail.
            if (parse.GetValue(syntax.Open) && port != 0 && IsReportGenAt(port))
            {
                var running = $"http://127.0.0.1:{port}/";
                Console.Out.WriteLine($"reportgen serve 已在运行：{running}");
                OpenInBrowser(running);
                return ExitCodes.Ok;
            }
            // Kestrel's message is English ("Failed to bind to address …"): say it in Chinese.
            var why = e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException ? "端口已被其他程序占用" : "无法监听该端口";
            Console.Error.WriteLine($"无法在 127.0.0.1:{port} 上启动：{why}，可用 --port 指定其他端口");
            return ExitCodes.Usage;
        }
        foreach (var url in app.Urls)
        {
            Console.Out.WriteLine($"reportgen serve 已启动：请在浏览器中打开 {url}/ （按 Ctrl+C 停止）");
        }
        if (parse.GetValue(syntax.Open))
        {
            OpenInBrowser(app.Urls.First() + "/");
        }
        app.WaitForShutdown();
        return ExitCodes.Ok;
    }

    private static void OpenInBrowser(string url)
    {
        if (BrowserLauncher.Open(url) is { } problem)
        {
            Console.Out.WriteLine($"{problem}，请手动在浏览器中打开上面的地址。");
        }
    }

    /// <summary>Whether the program listening on <paramref name="port"/> is this web app (its pages name the document).</summary>
    private static bool IsReportGenAt(int port)
    {
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
            var page = client.GetStringAsync($"http://127.0.0.1:{port}/").GetAwaiter().GetResult();
            return page.Contains("· 部门预算情况说明</title>", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return false;
        }
    }
}
