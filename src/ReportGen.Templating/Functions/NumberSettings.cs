using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportGen.Core.Model;

namespace ReportGen.Templating.Functions;

/// <summary>How one kind of number is written: thousands separators, decimals, trailing zeros, the text of zero.</summary>
public sealed record NumberFormat
{
    /// <summary>"8,904.98" (true) or "8904.98" (false).</summary>
    public bool Thousands { get; init; } = true;
    /// <summary>Decimals after rounding (half away from zero).</summary>
    public int Decimals { get; init; } = 2;
    /// <summary>"65" and "0.5" (true) or "65.00" and "0.50" (false).</summary>
    public bool TrimZeros { get; init; }
    /// <summary>The text of a figure that is zero after rounding ("0"); null: formatted like any other figure.</summary>
    public string? Zero { get; init; }

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes <paramref name="value"/> (already in the unit shown).</summary>
    public string Write(decimal value)
    {
        var rounded = Formats.Round(value, Decimals);
        if (rounded == 0m)
        {
            if (Zero is not null && !Views.ShownAmounts.IsBelowStep(value))
            {
                return Zero;
            }
            rounded = 0m; // never "-0.00"
        }
        var pattern = (Thousands ? "#,##0" : "0") + (Decimals > 0 ? "." + new string(TrimZeros ? '#' : '0', Decimals) : "");
        return rounded.ToString(pattern, Invariant);
    }
}

/// <summary>The formats of amounts shown in one unit: in sentences, in tables, and the unit's text.</summary>
public sealed record UnitNumbers
{
    /// <summary>The unit as written after an amount ("万元").</summary>
    public required string Unit { get; init; }
    /// <summary>Amounts in sentences (<c>money</c>, <c>amount</c>).</summary>
    public required NumberFormat Text { get; init; }
    /// <summary>Amounts in tables (<c>cell</c>).</summary>
    public required NumberFormat Table { get; init; }
}

/// <summary>
/// The number formats of a template set (<c>settings.json</c>, section <c>numbers</c>, in the template
/// folder): per display unit (元, 万元) the sentence and table formats and the unit text; the format of
/// shares and change percentages in sentences (<c>percent</c>) and of the tables' change column
/// (<c>tablePercent</c>). The defaults reproduce the published reference document.
/// </summary>
public sealed partial record NumberSettings
{
    public const string FileName = "settings.json";

    public UnitNumbers Yuan { get; init; } = new()
    {
        Unit = "元",
        Text = new NumberFormat { TrimZeros = true },
        Table = new NumberFormat(),
    };

    public UnitNumbers Wan { get; init; } = new()
    {
        Unit = "万元",
        Text = new NumberFormat { Zero = "0" },
        Table = new NumberFormat(),
    };

    /// <summary>Shares and change percentages in sentences: "93.7%", "100%".</summary>
    public NumberFormat Percent { get; init; } = new() { Decimals = 1, TrimZeros = true };

    /// <summary>The tables' change column: "-4%", "20%".</summary>
    public NumberFormat TablePercent { get; init; } = new() { Decimals = 0, TrimZeros = true };

    public static NumberSettings Default { get; } = new();

    public UnitNumbers For(AmountUnit unit) => unit == AmountUnit.万元 ? Wan : Yuan;

    /// <summary>
    /// Reads the <c>numbers</c> section of a settings file. Fields left out keep their defaults. Throws
    /// <see cref="SettingsException"/> with a Chinese message and the line and column of the problem.
    /// </summary>
    public static NumberSettings Parse(string json)
    {
        SettingsFile? file;
        try
        {
            file = JsonSerializer.Deserialize<SettingsFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = CharColumn(json, line, (int)(e.BytePositionInLine ?? 0));
            // Point at the property named by the path when it stands before the reader's position on that line.
            var name = e.Path?.Split('.')[^1];
            var lineText = json.Split('\n') is var all && line <= all.Length ? all[line - 1] : "";
            if (!string.IsNullOrEmpty(name) && lineText.LastIndexOf('"' + name + '"', Math.Min(column - 1, lineText.Length - 1), StringComparison.Ordinal) is var at and >= 0)
            {
                column = at + 1;
            }
            throw new SettingsException(Explain(e), line, column);
        }
        var n = file?.Numbers;
        if (n is null)
        {
            return Default;
        }
        var d = Default;
        return new NumberSettings
        {
            Yuan = Merge(d.Yuan, n.Yuan, "元"),
            Wan = Merge(d.Wan, n.Wan, "万元"),
            Percent = Merge(d.Percent, n.Percent, "percent"),
            TablePercent = Merge(d.TablePercent, n.TablePercent, "tablePercent"),
        };
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // Metadata made at build time (no reflection and no emitted accessors at start-up); every
        // member of the settings file is optional and nullable, so nothing depends on initialisers.
        TypeInfoResolver = SettingsJsonContext.Default,
    };

    [JsonSerializable(typeof(SettingsFile))]
    private sealed partial class SettingsJsonContext : JsonSerializerContext;

    /// <summary>The 1-based character column of a UTF-8 byte position in a line (the JSON reader counts bytes).</summary>
    private static int CharColumn(string json, int line, int bytes)
    {
        var lines = json.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return bytes + 1;
        }
        var text = lines[line - 1];
        var chars = 0;
        for (var used = 0; chars < text.Length && used < bytes; chars++)
        {
            used += System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(chars, 1));
        }
        return chars + 1;
    }

    private static string Explain(JsonException e)
    {
        var path = string.IsNullOrEmpty(e.Path) ? "" : e.Path + ": ";
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"{path}未知的设置项（可用的设置见 docs/templates.zh-CN.md“数字格式”）";
        }
        if (e.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return $"{path}设置值的类型不对（thousands、trimZeros 为 true/false，decimals 为整数，unit、zero 为文字）";
        }
        return $"{path}settings.json 不是有效的 JSON";
    }

    private static UnitNumbers Merge(UnitNumbers d, UnitJson? j, string name) => j is null ? d : new UnitNumbers
    {
        Unit = j.Unit ?? d.Unit,
        Text = Merge(d.Text, j.Text, name + ".text"),
        Table = Merge(d.Table, j.Table, name + ".table"),
    };

    private static NumberFormat Merge(NumberFormat d, FormatJson? j, string name)
    {
        if (j is null)
        {
            return d;
        }
        if (j.Decimals is < 0 or > 6)
        {
            throw new SettingsException($"numbers.{name}.decimals 应为 0 到 6 的整数，实际为 {j.Decimals}", 0, 0);
        }
        return new NumberFormat
        {
            Thousands = j.Thousands ?? d.Thousands,
            Decimals = j.Decimals ?? d.Decimals,
            TrimZeros = j.TrimZeros ?? d.TrimZeros,
            Zero = j.Zero ?? d.Zero,
        };
    }

    private sealed record SettingsFile
    {
        public NumbersJson? Numbers { get; init; }
    }

    private sealed record NumbersJson
    {
        [JsonPropertyName("元")]
        public UnitJson? Yuan { get; init; }
        [JsonPropertyName("万元")]
        public UnitJson? Wan { get; init; }
        public FormatJson? Percent { get; init; }
        public FormatJson? TablePercent { get; init; }
    }

    private sealed record UnitJson
    {
        public string? Unit { get; init; }
        public FormatJson? Text { get; init; }
        public FormatJson? Table { get; init; }
    }

    private sealed record FormatJson
    {
        public bool? Thousands { get; init; }
        public int? Decimals { get; init; }
        public bool? TrimZeros { get; init; }
        public string? Zero { get; init; }
    }
}

/// <summary>A mistake in the template set's settings file; line and column are 1-based (0 when unknown).</summary>
public sealed class SettingsException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
