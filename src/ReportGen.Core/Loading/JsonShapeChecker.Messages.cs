using System.Text.Json;

namespace ReportGen.Core.Loading;

internal sealed partial class JsonShapeChecker
{
    private static string UnknownMessage(string name, IEnumerable<string> allowed)
    {
        var list = allowed.Order(StringComparer.Ordinal).ToList();
        var hint = Suggest(name, list);
        return hint.Length > 0
            ? $"未知字段“{name}”{hint}"
            : $"未知字段“{name}”；此处允许的字段：{string.Join("、", list)}";
    }

    /// <summary>"（是否应为“x”？）" when one candidate is close to the name (case or up to two edits), else empty.</summary>
    private static string Suggest(string name, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Name: c, Distance: string.Equals(c, name, StringComparison.OrdinalIgnoreCase) ? 0 : Diagnostics.EditDistance.Of(c, name)))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(1, Math.Min(2, name.Length / 3))
            ? $"（是否应为“{best.Name}”？）"
            : "";
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"字符串“{Shorten(element.GetString()!)}”",
        JsonValueKind.Number => $"数字 {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"布尔值 {element.GetRawText()}",
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString(),
    };

    private static string Shorten(string s) => s.Length <= 30 ? s : s[..30] + "…";
}
