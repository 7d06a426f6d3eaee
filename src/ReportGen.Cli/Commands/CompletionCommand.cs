using System.CommandLine;

namespace ReportGen.Cli.Commands;

/// <summary>
/// <c>reportgen completion bash|zsh|powershell</c>: prints a script that makes the shell complete
/// reportgen's commands and options. The script asks the program itself through System.CommandLine's
/// suggest directive (<c>reportgen "[suggest:N]" "the line"</c>), so it never goes out of date; no
/// dotnet-suggest tool is needed. Where no suggestion fits (a file name), the shell completes files.
/// </summary>
internal sealed class CompletionCommand : ICliCommand
{
    internal static readonly string[] Shells = ["bash", "zsh", "powershell"];

    internal sealed class Syntax : CliSyntax
    {
        public readonly Argument<string> Shell = new("shell")
        {
            HelpName = "bash|zsh|powershell",
            Description = "所用的 shell：bash（Linux 终端的默认）、zsh 或 powershell（Windows）",
            Arity = ArgumentArity.ExactlyOne,
        };

        public Syntax()
            : base("completion", "输出命令补全脚本：在终端中按 Tab 键补全命令名和选项")
        {
            Shell.CompletionSources.Add(Shells);
            Add(Shell);
        }

        public override IReadOnlyList<string> UsageLines => ["completion <bash|zsh|powershell>"];

        public override IReadOnlyList<(string What, string CommandLine)> Examples =>
        [
            ("bash：安装到本用户的补全文件夹（文件夹不存在时先执行 mkdir -p ~/.local/share/bash-completion/completions；重新打开终端后生效）", "completion bash > ~/.local/share/bash-completion/completions/reportgen"),
            ("zsh：在 ~/.zshrc 的 compinit 之后加一行 source <(reportgen completion zsh)", "completion zsh"),
            ("PowerShell：在 $PROFILE 中加一行 reportgen completion powershell | Out-String | Invoke-Expression", "completion powershell"),
        ];

        public override IReadOnlyList<string> Notes =>
        [
            "补全时由 reportgen 本身给出候选（命令名、选项、--format 的格式），因此总与所装的版本一致；",
            "输入文件名时按 Tab 补全文件名。要求 reportgen 能在 PATH 中找到。",
            "退出码：0 已输出脚本，2 用法错误",
        ];
    }

    public int Run(ParseResult parse)
    {
        var syntax = (Syntax)parse.CommandResult.Command;
        var shell = parse.GetValue(syntax.Shell)!;
        var script = shell.ToLowerInvariant() switch
        {
            "bash" => Bash,
            "zsh" => Zsh,
            "powershell" or "pwsh" => PowerShell,
            _ => throw new UsageException($"不支持的 shell“{shell}”，可用：{string.Join("、", Shells)}"),
        };
        parse.InvocationConfiguration.Output.Write(script.ReplaceLineEndings("\n"));
        return ExitCodes.Ok;
    }

    internal const string Bash = """
        # reportgen 的 bash 命令补全。安装：
        #   reportgen completion bash > ~/.local/share/bash-completion/completions/reportgen
        # 或在 ~/.bashrc 中加一行：source <(reportgen completion bash)
        _reportgen_complete()
        {
            local IFS=$'\n'
            local line="${COMP_LINE:0:COMP_POINT}"
            local candidates
            candidates=$("${COMP_WORDS[0]}" "[suggest:${#line}]" "$line" 2>/dev/null)
            COMPREPLY=( $(compgen -W "$candidates" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -o bashdefault -F _reportgen_complete reportgen

        """;

    internal const string Zsh = """
        #compdef reportgen
        # reportgen 的 zsh 命令补全。安装：在 ~/.zshrc 的 compinit 之后加一行
        #   source <(reportgen completion zsh)
        _reportgen() {
            local line="${(j: :)words[1,CURRENT]}"
            local -a candidates
            candidates=("${(@f)$(${words[1]} "[suggest:${#line}]" "$line" 2>/dev/null)}")
            candidates=(${candidates:#})
            if (( ${#candidates} )); then
                compadd -- "${candidates[@]}"
            else
                _files
            fi
        }
        compdef _reportgen reportgen

        """;

    internal const string PowerShell = """
        # reportgen 的 PowerShell 命令补全。安装：在 $PROFILE 中加一行
        #   reportgen completion powershell | Out-String | Invoke-Expression
        Register-ArgumentCompleter -Native -CommandName reportgen, reportgen.exe -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString()
            $position = $cursorPosition - $commandAst.Extent.StartOffset
            reportgen "[suggest:$position]" "$line" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }

        """;
}
