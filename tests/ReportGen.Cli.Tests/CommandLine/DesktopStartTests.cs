using System.Diagnostics;

namespace ReportGen.Cli.Tests.CommandLine;

/// <summary>
/// A double-click on Windows runs <c>serve --open</c>; anything typed runs as typed. <c>serve --open</c>
/// opens the server's address in the browser (here a script named by <c>BROWSER</c> that records it).
/// </summary>
public sealed class DesktopStartTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rg-desktop-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(new string[0], true, 1, false, true)]     // Explorer's double-click: a console of its own
    [InlineData(new string[0], true, 2, false, false)]    // typed in cmd or PowerShell: the help, as always
    [InlineData(new string[0], true, 1, true, false)]     // output redirected: a script, never a server
    [InlineData(new string[0], false, 0, false, false)]   // Linux or macOS: the help
    [InlineData(new[] { "build" }, true, 1, false, false)] // arguments given (a shortcut with a command)
    public void Only_a_double_click_without_arguments_starts_the_web_app(string[] args, bool windows, int processes, bool redirected, bool expected) =>
        Assert.Equal(expected, DesktopStart.Applies(args, windows, processes, redirected));

    [Fact]
    public void The_double_click_command_is_serve_with_the_browser_on_the_default_data_folder() =>
        Assert.Equal(["serve", "--open"], DesktopStart.Command);

    private Process Serve(string? browser, params string[] args)
    {
        Directory.CreateDirectory(Path.Combine(_dir, "data"));
        var info = new ProcessStartInfo("dotnet", [ReportGen.Cli.Tests.Faults.RealProgram.Dll, "serve", "data", .. args])
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (browser is not null)
        {
            info.Environment["BROWSER"] = browser;
        }
        return Process.Start(info)!;
    }

    /// <summary>A shell script standing in for the browser: it writes the address it is given to <paramref name="record"/>.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private string RecordingBrowser(string record)
    {
        var browser = Path.Combine(_dir, "browser.sh");
        File.WriteAllText(browser, $"#!/bin/sh\necho \"$@\" > '{record}.tmp' && mv '{record}.tmp' '{record}'\n");
        File.SetUnixFileMode(browser, (UnixFileMode)0b111_101_101);
        return browser;
    }

    private static string WaitForFile(string path)
    {
        for (var i = 0; i < 600 && !File.Exists(path); i++)
        {
            Thread.Sleep(100);
        }
        return File.ReadAllText(path);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public void Double_clicked_again_it_shows_the_running_app_instead_of_failing()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the recording browser is a shell script
        }
        var port = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var first = Serve(null, "--port", port);
        try
        {
            Assert.StartsWith("reportgen serve 已启动：", first.StandardOutput.ReadLine(), StringComparison.Ordinal);
            var record = Path.Combine(_dir, "opened.txt");
            using var second = Serve(RecordingBrowser(record), "--port", port, "--open");
            var output = second.StandardOutput.ReadToEnd();
            second.WaitForExit();
            Assert.Equal(0, second.ExitCode);
            Assert.Equal($"reportgen serve 已在运行：http://127.0.0.1:{port}/\n", output);
            Assert.Equal($"http://127.0.0.1:{port}/\n", WaitForFile(record));
        }
        finally
        {
            first.Kill();
            first.WaitForExit();
        }
    }

    [Fact]
    public void A_port_taken_by_another_program_is_still_a_usage_error_with_open()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            using var serve = Serve(Path.Combine(_dir, "没有这个浏览器"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--open");
            var error = serve.StandardError.ReadToEnd();
            serve.WaitForExit();
            Assert.Equal(2, serve.ExitCode);
            Assert.Equal($"无法在 127.0.0.1:{port} 上启动：端口已被其他程序占用，可用 --port 指定其他端口\n", error);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Serve_open_hands_the_servers_address_to_the_browser()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the recording browser is a shell script
        }
        var record = Path.Combine(_dir, "opened.txt");
        using var process = Serve(RecordingBrowser(record), "--port", "0", "--open");
        try
        {
            var started = process.StandardOutput.ReadLine() ?? "";
            Assert.StartsWith("reportgen serve 已启动：请在浏览器中打开 http://127.0.0.1:", started, StringComparison.Ordinal);
            var url = started.Split(' ').Single(w => w.StartsWith("http://", StringComparison.Ordinal));
            Assert.Equal(url + "\n", WaitForFile(record));
        }
        finally
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    [Fact]
    public void A_browser_that_cannot_start_leaves_the_address_to_open_by_hand()
    {
        using var process = Serve(Path.Combine(_dir, "没有这个浏览器"), "--port", "0", "--open");
        try
        {
            Assert.StartsWith("reportgen serve 已启动：", process.StandardOutput.ReadLine(), StringComparison.Ordinal);
            Assert.Equal($"无法启动 {Path.Combine(_dir, "没有这个浏览器")}，请手动在浏览器中打开上面的地址。", process.StandardOutput.ReadLine());
        }
        finally
        {
            process.Kill();
            process.WaitForExit();
        }
    }
}
