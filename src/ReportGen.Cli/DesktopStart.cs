using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReportGen.Cli;

/// <summary>
/// What happens when a clerk double-clicks the program instead of typing a command: on Windows the
/// program then owns a console window of its own, which closes the moment it exits, so printing the
/// help and exiting shows nothing but a flash. Started that way, the program runs the local web app
/// (<c>serve --open</c>) on the <c>data</c> folder beside it and opens the browser; the window stays
/// open while it serves, and waits for Enter before closing when it stops with a message to read.
/// </summary>
internal static class DesktopStart
{
    /// <summary>The command a double-click runs.</summary>
    public static readonly string[] Command = ["serve", "--open"];

    /// <summary>The data folder <c>serve</c> lists (its default), made when it does not exist yet.</summary>
    public const string DataFolder = "data";

    /// <summary>
    /// True when the program was started with no arguments in a console window that belongs to it alone
    /// (Windows Explorer's double-click): <paramref name="consoleProcesses"/> is the number of processes
    /// attached to the console (1: the window was made for this process; 2 or more: a cmd or PowerShell
    /// window a person typed in).
    /// </summary>
    public static bool Applies(string[] args, bool isWindows, int consoleProcesses, bool redirected) =>
        args.Length == 0 && isWindows && consoleProcesses == 1 && !redirected;

    /// <summary><see cref="Applies(string[], bool, int, bool)"/> for this process.</summary>
    public static bool Applies(string[] args) =>
        Applies(args, OperatingSystem.IsWindows(), OperatingSystem.IsWindows() ? ConsoleProcessCount() : 0,
            Console.IsInputRedirected || Console.IsOutputRedirected);

    /// <summary>Keeps the window open until Enter, so that a message can be read before it closes.</summary>
    public static void WaitBeforeClosing(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("按回车键关闭此窗口。");
        try
        {
            Console.ReadLine();
        }
        catch (IOException)
        {
            // No console to read from after all: close.
        }
    }

    private static int ConsoleProcessCount()
    {
        var ids = new uint[4];
        try
        {
            return (int)GetConsoleProcessList(ids, (uint)ids.Length);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 0;
        }
    }

    [DllImport("kernel32.dll", SetLastError = true)]
    private static extern uint GetConsoleProcessList([Out] uint[] processList, uint count);
}

/// <summary>Opens a web address in the user's browser.</summary>
internal static class BrowserLauncher
{
    /// <summary>
    /// Opens <paramref name="url"/>: the program named by the <c>BROWSER</c> environment variable when it is
    /// set (the usual convention on Linux; tests use it), else the system's default browser (Windows'
    /// shell, <c>open</c> on macOS, <c>xdg-open</c> on Linux desktops such as 麒麟 and 统信UOS). Returns the
    /// problem in Chinese, or null when the browser was started.
    /// </summary>
    public static string? Open(string url)
    {
        var chosen = Environment.GetEnvironmentVariable("BROWSER");
        var start = !string.IsNullOrWhiteSpace(chosen) ? new ProcessStartInfo(chosen, [url])
            : OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
            : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [url])
            : new ProcessStartInfo("xdg-open", [url]);
        start.RedirectStandardOutput = !start.UseShellExecute;
        start.RedirectStandardError = !start.UseShellExecute;
        try
        {
            using var process = Process.Start(start);
            return process is null ? "没有找到默认浏览器" : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return $"无法启动 {(string.IsNullOrWhiteSpace(chosen) ? "默认浏览器" : chosen)}";
        }
    }
}
