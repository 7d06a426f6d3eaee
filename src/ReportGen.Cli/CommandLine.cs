namespace ReportGen.Cli;

/// <summary>
/// A small, strict command-line parser: positional arguments, <c>--name value</c>, <c>--name=value</c>
/// and boolean <c>--flag</c>. Unknown options are usage errors.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _repeated = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public bool HelpRequested { get; private set; }

    /// <param name="args">The arguments after the command name.</param>
    /// <param name="valueOptions">Options that take a value (without "--").</param>
    /// <param name="flags">Boolean options (without "--").</param>
    public static CommandLine Parse(string[] args, IEnumerable<string> valueOptions, IEnumerable<string> flags)
    {
        var values = valueOptions.ToHashSet(StringComparer.Ordinal);
        var flagSet = flags.ToHashSet(StringComparer.Ordinal);
        var result = new CommandLine();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a is "-h" or "--help")
            {
                result.HelpRequested = true;
                continue;
            }
            if (!a.StartsWith("--", StringComparison.Ordinal) || a == "--")
            {
                result.Positional.Add(a);
                continue;
            }
            var name = a[2..];
            string? inline = null;
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }
            if (flagSet.Contains(name))
            {
                if (inline is not null)
                {
                    throw new UsageException($"选项 --{name} 不带值");
                }
                result._options[name] = null;
            }
            else if (values.Contains(name))
            {
                if (inline is null)
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new UsageException($"选项 --{name} 需要一个值");
                    }
                    inline = args[++i];
                }
                result._options[name] = inline;
                if (!result._repeated.TryGetValue(name, out var all))
                {
                    result._repeated[name] = all = [];
                }
                all.Add(inline);
            }
            else
            {
                throw new UsageException($"未知选项 --{name}");
            }
        }
        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The value of an option; when it was given several times, the last one.</summary>
    public string? Value(string name) => _options.TryGetValue(name, out var v) ? v : null;

    /// <summary>Every value of an option that may be repeated, in order.</summary>
    public IReadOnlyList<string> Values(string name) => _repeated.TryGetValue(name, out var all) ? all : [];

    public int IntValue(string name, int fallback, int min = int.MinValue)
    {
        var v = Value(name);
        if (v is null)
        {
            return fallback;
        }
        if (!int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < min)
        {
            throw new UsageException($"选项 --{name} 的值“{v}”不是有效的整数");
        }
        return n;
    }
}
