using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace ReportGen.Cli;

/// <summary>
/// Turns what System.CommandLine found wrong with a command line into Chinese messages. The messages
/// are made here from the parse result's structure (unmatched tokens, an option without its value, a
/// missing argument, --version with other words), never from the library's English (or half-translated)
/// text; only the messages of this CLI's own value parsers (<see cref="CliOptions"/>) are passed on.
/// Also finds what the library accepts but this CLI does not: an unknown <c>--option</c> taken as a file
/// name (before <c>--</c>), and a value given to an option that takes none (<c>--force=x</c>).
/// </summary>
internal static partial class UsageErrors
{
    public static List<string> Describe(ParseResult parse, IReadOnlyList<string> args)
    {
        var messages = new List<string>();
        // --help shows the help whatever else is on the line; [suggest:N] completes an unfinished line.
        if (parse.Action is ChineseHelpAction || (parse.Action is not ParseErrorAction && parse.Tokens.Any(t => t.Type == TokenType.Directive)))
        {
            return messages;
        }
        var command = parse.CommandResult.Command;
        FlagsWithValues(command, args, messages);
        OptionsTakenAsInputs(parse, command, messages);
        // At the root, the first unknown word is the unknown command; the words after it are its arguments.
        var unmatched = command is RootCommand ? parse.UnmatchedTokens.Take(1) : parse.UnmatchedTokens;
        foreach (var token in unmatched)
        {
            messages.Add(Unmatched(token, command));
        }
        foreach (var error in parse.Errors)
        {
            if (Describe(error, parse) is { } message)
            {
                messages.Add(message);
            }
        }
        if (messages.Count == 0 && parse.Errors.Count > 0)
        {
            messages.Add($"无法理解命令行“{string.Join(' ', args)}”");
        }
        return [.. messages.Distinct()];
    }

    /// <summary>Whether a word given where a file belongs is meant as an option: <c>--x</c>, or <c>-x</c> without a dot or slash (<c>-x.json</c> is a file).</summary>
    internal static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-'
        && (token.StartsWith("--", StringComparison.Ordinal) || token.IndexOfAny(['.', '/', '\\']) < 0);

    private static string? Describe(ParseError error, ParseResult parse)
    {
        switch (error.SymbolResult)
        {
            case CommandResult:
                // "Unrecognized command or argument": said per unmatched token above.
                return parse.UnmatchedTokens.Count > 0 ? null : $"无法理解命令行“{parse.CommandResult.Command.Name}”";
            case OptionResult { Option: VersionOption }:
                return $"--version 只能单独使用：{HelpWriter.Program} --version";
            case OptionResult option when option.Tokens.Count == 0 && option.Option.Arity.MinimumNumberOfValues > 0:
                var name = option.IdentifierToken?.Value ?? option.Option.Name;
                return $"选项 {name} 后面缺少{(option.Option.HelpName is { } what ? $" <{what}>" : "值")}";
            case OptionResult option:
                return Own(error.Message, $"选项 {option.Option.Name} 的值有误");
            case ArgumentResult argument when argument.Tokens.Count < argument.Argument.Arity.MinimumNumberOfValues:
                return $"{parse.CommandResult.Command.Name} 命令缺少参数 <{argument.Argument.HelpName ?? argument.Argument.Name}>";
            case ArgumentResult argument:
                return Own(error.Message, $"参数 <{argument.Argument.HelpName ?? argument.Argument.Name}> 有误");
            default:
                return null;
        }
    }

    /// <summary>A message of this CLI's own parsers; anything else (library English) is replaced by <paramref name="fallback"/>.</summary>
    private static string Own(string message, string fallback)
    {
        var withoutNamesAndQuotes = QuotedOrOption().Replace(message, "");
        return EnglishWord().IsMatch(withoutNamesAndQuotes) ? fallback : message;
    }

    private static string Unmatched(string token, Command command)
    {
        if (token.StartsWith('[') && token.EndsWith(']'))
        {
            return $"无法识别“{token}”：方括号中的指令只能是 [suggest:位置]（供命令补全脚本使用）";
        }
        if (LooksLikeOption(token))
        {
            return UnknownOption(token, command);
        }
        if (command is RootCommand)
        {
            var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
            return $"未知的命令“{token}”。{Suggestion(token, names)}".TrimEnd();
        }
        return $"多余的参数“{token}”：{command.Name} 命令不接受更多的参数";
    }

    private static string UnknownOption(string token, Command command)
    {
        var name = token.Split('=', 2)[0];
        var options = AllOptions(command).SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
        var what = command is RootCommand ? $"未知的选项“{name}”" : $"{command.Name} 命令没有“{name}”这个选项";
        var file = name.Contains('.', StringComparison.Ordinal) && command is not RootCommand
            ? $"如果这是文件名，请把它写在 -- 之后：{HelpWriter.Program} {command.Name} [选项] -- {name}"
            : "";
        return $"{what}。{Suggestion(name, options)}{file}".TrimEnd();
    }

    private static IEnumerable<Option> AllOptions(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive));

    /// <summary>"是否应为 build？": the names closest to what was typed (a swapped, missing, extra or wrong letter or two, or a prefix).</summary>
    internal static string Suggestion(string typed, IEnumerable<string> candidates)
    {
        var word = typed.TrimStart('-').ToLowerInvariant();
        if (word.Length == 0)
        {
            return "";
        }
        var scored = candidates.Distinct()
            .Select(c => (Name: c, Distance: c.TrimStart('-').StartsWith(word, StringComparison.OrdinalIgnoreCase) ? 0 : Core.Diagnostics.EditDistance.Of(word, c.TrimStart('-').ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Min(2, Math.Max(1, word.Length / 3)))
            .ToList();
        if (scored.Count == 0)
        {
            return "";
        }
        var best = scored.Min(c => c.Distance);
        var names = scored.Where(c => c.Distance == best).Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
        var list = names.Count == 1 ? names[0] : $"{string.Join("、", names[..^1])} 或 {names[^1]}";
        return $"是否应为 {list}？";
    }

    /// <summary><c>--force=x</c>: the library would take x as a file; the old parser said the option takes no value, and so do we.</summary>
    private static void FlagsWithValues(Command command, IReadOnlyList<string> args, List<string> messages)
    {
        var flags = AllOptions(command).Where(o => o.Arity.MaximumNumberOfValues == 0)
            .SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var arg in args.TakeWhile(a => a != "--"))
        {
            var separator = arg.IndexOfAny(['=', ':']);
            if (arg.StartsWith("--", StringComparison.Ordinal) && separator > 2 && flags.Contains(arg[..separator]))
            {
                messages.Add($"选项 {arg[..separator]} 不带值（收到“{arg}”）");
            }
        }
    }

    /// <summary>
    /// The library takes an unknown <c>--fromat</c> as one more input file when the command has inputs;
    /// before <c>--</c> it is an unknown option here. After <c>--</c> every word is a file.
    /// </summary>
    private static void OptionsTakenAsInputs(ParseResult parse, Command command, List<string> messages)
    {
        var tokens = parse.Tokens;
        var end = 0;
        while (end < tokens.Count && tokens[end].Type != TokenType.DoubleDash)
        {
            end++;
        }
        var beforeDoubleDash = new HashSet<Token>(tokens.Take(end), ReferenceEqualityComparer.Instance);
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                if (beforeDoubleDash.Contains(token) && LooksLikeOption(token.Value))
                {
                    messages.Add(UnknownOption(token.Value, command));
                }
            }
        }
    }

    [GeneratedRegex("“[^”]*”|--?[A-Za-z][A-Za-z-]*")]
    private static partial Regex QuotedOrOption();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
