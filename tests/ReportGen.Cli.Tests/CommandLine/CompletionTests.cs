using System.Diagnostics;
using ReportGen.Cli.Tests.Faults;

namespace ReportGen.Cli.Tests.CommandLine;

/// <summary>Shell completion: the suggest directive, and the scripts of <c>reportgen completion</c> run by a real bash.</summary>
public sealed class CompletionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rg-completion-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("reportgen bu", "build")]
    [InlineData("reportgen next", "next-year")]
    [InlineData("reportgen build --fo", "--fonts --force --format")]
    [InlineData("reportgen build data/ --format ", "docx fragment.html html pdf txt xlsx")]
    [InlineData("reportgen completion ", "bash powershell zsh")]
    public void The_suggest_directive_completes_commands_options_and_values(string line, string expected)
    {
        var (code, stdout, stderr) = InProcess.Run($"[suggest:{line.Length}]", line);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        var suggestions = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.StartsWith('-') || line.EndsWith("--fo", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(' ', suggestions));
    }

    [Theory]
    [InlineData("bash", "complete -o default -o bashdefault -F _reportgen_complete reportgen")]
    [InlineData("zsh", "compdef _reportgen reportgen")]
    [InlineData("powershell", "Register-ArgumentCompleter -Native -CommandName reportgen, reportgen.exe")]
    public void Each_shell_gets_a_script_that_asks_the_program(string shell, string registration)
    {
        var (code, stdout, _) = InProcess.Run("completion", shell);
        Assert.Equal(0, code);
        Assert.Contains(registration, stdout, StringComparison.Ordinal);
        Assert.Contains("[suggest:", stdout, StringComparison.Ordinal);
        Assert.Contains("安装", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', stdout);
    }

    [Theory]
    [InlineData("reportgen bu", "build")]
    [InlineData("reportgen build --fo", "--fonts --force --format")]
    [InlineData("reportgen build data/ --format p", "pdf")]
    public void Bash_completes_with_the_installed_script(string line, string expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // bash and its completion are for Linux; the PowerShell script is checked above.
        }
        // "reportgen" on the PATH, as an installed program is.
        var launcher = Path.Combine(_dir, "reportgen");
        File.WriteAllText(launcher, $"#!/bin/sh\nexec dotnet '{RealProgram.Dll}' \"$@\"\n");
        File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var script = Path.Combine(_dir, "reportgen.bash");
        File.WriteAllText(script, InProcess.Run("completion", "bash").Out);
        var words = line.Split(' ');
        var session = $"""
            source '{script}'
            COMP_LINE='{line}'
            COMP_POINT={line.Length}
            COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))})
            COMP_CWORD={words.Length - 1}
            _reportgen_complete
            printf '%s\n' "${"{"}COMPREPLY[@]{"}"}"
            """;

        var info = new ProcessStartInfo("bash", ["--norc", "--noprofile", "-c", session]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["PATH"] = _dir + ":" + Environment.GetEnvironmentVariable("PATH");
        using var bash = Process.Start(info)!;
        var stdout = bash.StandardOutput.ReadToEnd();
        var stderr = bash.StandardError.ReadToEnd();
        Assert.True(bash.WaitForExit(60_000));

        Assert.True(bash.ExitCode == 0, stderr);
        Assert.Equal(expected, string.Join(' ', stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)));
    }
}
