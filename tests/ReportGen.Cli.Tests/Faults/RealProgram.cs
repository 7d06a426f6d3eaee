using System.Diagnostics;

namespace ReportGen.Cli.Tests.Faults;

/// <summary>Runs the built <c>reportgen</c> program as a user does, to see exactly what a user sees (and that no stack trace ever shows).</summary>
internal static class RealProgram
{
    public static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "reportgen.dll");

    public static (int Code, string Out, string Err) Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 60, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"reportgen {string.Join(' ', args)} hung for {timeoutSeconds} s");
        }
        var result = (process.ExitCode, stdout.Result, stderr.Result);
        Assert.DoesNotContain("   at ", result.Item2 + result.Item3, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Item2 + result.Item3, StringComparison.Ordinal);
        return result;
    }

    /// <summary>Mounts a tmpfs of <paramref name="options"/> on <paramref name="dir"/>; false when this machine does not allow it (not root).</summary>
    public static bool TryMount(string dir, string options)
    {
        Directory.CreateDirectory(dir);
        try
        {
            using var mount = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir]) { RedirectStandardError = true })!;
            mount.WaitForExit();
            return mount.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public static void Unmount(string dir)
    {
        using var umount = Process.Start(new ProcessStartInfo("umount", [dir]) { RedirectStandardError = true })!;
        umount.WaitForExit();
    }
}
