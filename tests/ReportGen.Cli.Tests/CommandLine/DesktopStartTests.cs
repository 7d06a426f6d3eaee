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

    [Fact]
    public void Serve_open_hands_the_servers_address_to_the_browser()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the recording browser is a shell script
        }
        var record = Path.Combine(_dir, "opened.txt");
        var browser = Path.Combine(_dir, "browser.sh");
        File.WriteAllText(browser, $"#!/bin/sh\necho \"$@\" > '{record}.tmp' && mv '{record}.tmp' '{record}'\n");
        File.SetUnixFileMode(browser, (UnixFileMode)0b111_101_101);
        Directory.CreateDirectory(Path.Combine(_dir, "data"));
        var info = new ProcessStartInfo("dotnet", [ReportGen.Cli.Tests.Faults.RealProgram.Dll, "serve", "data", "--port", "0", "--open"])
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["BROWSER"] = browser;
        using var process = Process.Start(info)!;
        try
        {
            var started = process.StandardOutput.ReadLine() ?? "";
            Assert.StartsWith("reportgen serve 已启动：请在浏览器中打开 http://127.0.0.1:", started, StringComparison.Ordinal);
            var url = started.Split(' ').Single(w => w.StartsWith("http://", StringComparison.Ordinal));
            for (var i = 0; i < 600 && !File.Exists(record); i++)
            {
                Thread.Sleep(100);
            }
            Assert.Equal(url + "\n", File.ReadAllText(record));
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
        Directory.CreateDirectory(Path.Combine(_dir, "data"));
        var info = new ProcessStartInfo("dotnet", [ReportGen.Cli.Tests.Faults.RealProgram.Dll, "serve", "data", "--port", "0", "--open"])
        {
            WorkingDirectory = _dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["BROWSER"] = Path.Combine(_dir, "没有这个浏览器");
        using var process = Process.Start(info)!;
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
