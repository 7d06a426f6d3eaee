using System.CommandLine;
using System.Globalization;

namespace ReportGen.Cli;

/// <summary>
/// The syntax of one sub-command: its System.CommandLine arguments and options, and the Chinese help
/// around them (usage lines, examples, notes; written by <see cref="HelpWriter"/>). A syntax is built
/// without the command's services, so that parsing, help and completion construct nothing else.
/// </summary>
internal abstract class CliSyntax : Command
{
    protected CliSyntax(string name, string summary)
        : base(name, summary)
    {
    }

    /// <summary>The usage lines, each after "reportgen ", e.g. "build &lt;文件|文件夹&gt;... --out &lt;文件夹&gt; [选项]".</summary>
    public abstract IReadOnlyList<string> UsageLines { get; }

    /// <summary>Examples: what it does (one Chinese sentence), then the command line after "reportgen ".</summary>
    public virtual IReadOnlyList<(string What, string CommandLine)> Examples => [];

    /// <summary>Paragraphs after the options (what happens to files, the exit codes).</summary>
    public virtual IReadOnlyList<string> Notes => [];
}

/// <summary>
/// Options and arguments as this CLI uses them. Values are parsed here with Chinese messages naming the
/// option, the expected range and what was given; nothing is bound by reflection.
/// </summary>
internal static class CliOptions
{
    /// <summary>The positional inputs of a command (any number; the command says when none is too few).</summary>
    public static Argument<string[]> Inputs(string helpName, string description) =>
        new("inputs") { HelpName = helpName, Description = description, Arity = ArgumentArity.ZeroOrMore };

    /// <summary>An option with one value (<c>--name VALUE</c> or <c>--name=VALUE</c>); given twice, the last one counts.</summary>
    public static Option<string> Value(string name, string helpName, string description) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = r => r.Tokens[^1].Value,
        };

    /// <summary>An option that may be given several times, one value each time.</summary>
    public static Option<string[]> Repeatable(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description, Arity = ArgumentArity.OneOrMore };

    /// <summary>An option without a value.</summary>
    public static Option<bool> Flag(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="meaning"/> says what it counts.</summary>
    public static Option<int?> Integer(string name, string helpName, string description, int min, int max, string meaning) =>
        Parsed<int>(name, helpName, description,
            text => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null,
            min == int.MinValue && max == int.MaxValue ? $"{name} 应为整数（{meaning}）" : $"{name} 应为 {min} 到 {max} 之间的整数（{meaning}）");

    /// <summary>A number of at least 0, with decimals allowed.</summary>
    public static Option<decimal?> NonNegative(string name, string helpName, string description, string meaning) =>
        Parsed<decimal>(name, helpName, description,
            text => decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null,
            $"{name} 应为不小于 0 的数（{meaning}）");

    /// <summary>A value read by <paramref name="parse"/> (null: not acceptable, said as "<paramref name="expected"/>，收到“…”").</summary>
    private static Option<T?> Parsed<T>(string name, string helpName, string description, Func<string, T?> parse, string expected)
        where T : struct =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            Arity = ArgumentArity.OneOrMore,
            CustomParser = r =>
            {
                var text = r.Tokens[^1].Value;
                var value = parse(text);
                if (value is null)
                {
                    r.AddError($"{expected}，收到“{text}”");
                }
                return value;
            },
        };
}
