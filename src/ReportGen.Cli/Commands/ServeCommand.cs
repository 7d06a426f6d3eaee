using System.Globalization;
using Microsoft.Extensions.Hosting;
using ReportGen.Web;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen serve [data folder] [--templates DIR] [--style FILE] [--out DIR] [--port N]</c>: the
/// local web app (docs/web.md) on 127.0.0.1 until Ctrl+C.
/// </summary>
internal sealed class ServeCommand : ICliCommand
{
    public string Name => "serve";
    public string Summary => "在本机浏览器中使用：上传与校验、预览、下载、审核整个文件夹";
    public string Usage => """
        用法：reportgen serve [数据文件夹] [--templates DIR] [--style FILE] [--out DIR] [--port N]
          数据文件夹       列出其中的 *.json 部门数据文件（默认 data/）
          --templates DIR  模板文件夹（默认当前目录下的 templates/，没有则用程序旁的 templates/）；保存模板后打开的预览自动更新
          --style FILE     样式表（默认模板文件夹中的 style.json）
          --out DIR        “生成全部文档”和下载写入的输出文件夹（默认 output/，与 reportgen build --out 相同）
          --port N         端口（默认 5080）；只在本机地址 127.0.0.1 上提供服务
        在浏览器中打开显示的地址；按 Ctrl+C 停止。
        退出码：0 正常停止，2 用法错误（文件夹不存在、端口被占用等）
        """;

    public int Run(string[] args)
    {
        var line = CommandLine.Parse(args, ["templates", "style", "out", "port"], []);
        if (line.HelpRequested)
        {
            Console.Out.WriteLine(Usage);
            return ExitCodes.Ok;
        }
        if (line.Positional.Count > 1)
        {
            throw new UsageException("只能指定一个数据文件夹");
        }
        var data = line.Positional.Count == 1 ? line.Positional[0] : "data";
        if (!Directory.Exists(data))
        {
            throw new UsageException($"数据文件夹不存在：{data}");
        }
        var port = 5080;
        if (line.Value("port") is { } text && (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out port) || port is < 0 or > 65535))
        {
            throw new UsageException($"--port 应为 0 到 65535 之间的整数，不是“{text}”");
        }
        // Resolved now so that a missing folder is a usage error before the server starts.
        var templates = PipelineSetup.Templates(line.Value("templates"));
        var options = new WebOptions { DataDir = data, OutDir = line.Value("out") ?? "output", TemplatesDir = templates.DiskPath, StylePath = line.Value("style"), Port = port };
        using var app = WebApp.Create([], options);
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"无法在 127.0.0.1:{port} 上启动：{e.Message}（端口可能已被占用，可用 --port 指定其他端口）");
            return ExitCodes.Usage;
        }
        foreach (var url in app.Urls)
        {
            Console.Out.WriteLine($"reportgen serve 已启动：请在浏览器中打开 {url}/ （按 Ctrl+C 停止）");
        }
        app.WaitForShutdown();
        return ExitCodes.Ok;
    }
}
