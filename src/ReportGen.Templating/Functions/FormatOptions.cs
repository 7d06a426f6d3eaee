using Scriban.Runtime;

namespace ReportGen.Templating.Functions;

/// <summary>
/// The per-call override of a number format in a template: <c>money x {thousands: false, trim_zeros: true}</c>.
/// Keys: <c>thousands</c>, <c>decimals</c>, <c>trim_zeros</c>, <c>zero</c>; <c>unit</c> for amounts with
/// their unit; <c>show_zero</c> for table cells. An unknown key or a wrong value is an error naming it.
/// </summary>
internal static class FormatOptions
{
    public static NumberFormat Apply(NumberFormat format, ScriptObject? options, bool allowUnit = false, bool allowShowZero = false)
    {
        if (options is null)
        {
            return format;
        }
        foreach (var (key, value) in options)
        {
            format = key switch
            {
                "thousands" => format with { Thousands = Bool(key, value) },
                "trim_zeros" => format with { TrimZeros = Bool(key, value) },
                "decimals" => format with { Decimals = Decimals(value) },
                "zero" => format with { Zero = value?.ToString() },
                "unit" when allowUnit => format,
                "show_zero" when allowShowZero => format,
                _ => throw new ArgumentException($"未知的格式选项“{key}”（可用：thousands、decimals、trim_zeros、zero{(allowUnit ? "、unit" : "")}{(allowShowZero ? "、show_zero" : "")}）"),
            };
        }
        return format;
    }

    /// <summary>The unit text of the call: its <c>unit</c> option, else <paramref name="fallback"/>.</summary>
    public static string Unit(ScriptObject? options, string fallback) =>
        options is not null && options.TryGetValue("unit", out var unit) ? unit?.ToString() ?? "" : fallback;

    private static bool Bool(string key, object? value) =>
        value as bool? ?? throw new ArgumentException($"格式选项 {key} 应为 true 或 false，实际为“{value}”");

    private static int Decimals(object? value) => value switch
    {
        int i and >= 0 and <= 6 => i,
        long l and >= 0 and <= 6 => (int)l,
        _ => throw new ArgumentException($"格式选项 decimals 应为 0 到 6 的整数，实际为“{value}”"),
    };
}
