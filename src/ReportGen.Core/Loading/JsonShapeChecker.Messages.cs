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
            .Select(c => (Name: c, Distance: string.Equals(c, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(c, name)))
            .OrderBy(c => c.Distance)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(1, Math.Min(2, name.Length / 3))
            ? $"（是否应为“{best.Name}”？）"
            : "";
    }

    /// <summary>Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
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
