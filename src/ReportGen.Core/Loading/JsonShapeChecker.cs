using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Loading;

/// <summary>
/// Checks a parsed document against the shape the serializer binds (its <see cref="JsonTypeInfo"/>
/// metadata, so the two cannot disagree) and reports every problem at once: unknown fields (with the
/// likely intended name), missing required fields, duplicate fields, values of the wrong type.
/// </summary>
internal sealed partial class JsonShapeChecker(JsonSerializerOptions options, string file)
{
    /// <summary>The largest magnitude a number may have (10^15): a thousand times a national budget in 元.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    private readonly List<Diagnostic> _found = [];

    public IReadOnlyList<Diagnostic> Check(JsonElement root, Type type)
    {
        CheckStrings(root, JsonPaths.Root);
        if (_found.Count == 0)
        {
            CheckValue(root, options.GetTypeInfo(type), JsonPaths.Root);
        }
        return _found;
    }

    /// <summary>
    /// Every text and field name must decode to characters: the parser accepts an escape such as
    /// <c>"\ud800"</c> (half of a surrogate pair) but no text can hold it, and reading it throws.
    /// </summary>
    private void CheckStrings(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = member.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        Report(LoadRules.WrongType, path, $"字段名{BrokenEscape(member.ToString())}");
                        continue;
                    }
                    CheckStrings(member.Value, JsonPaths.Member(path, name));
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckStrings(item, JsonPaths.Index(path, i++));
                }
                break;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                }
                catch (InvalidOperationException)
                {
                    Report(LoadRules.WrongType, path, $"文字{BrokenEscape(element.GetRawText())}");
                }
                break;
        }
    }

    private static string BrokenEscape(string raw)
    {
        var escape = LoneSurrogate().Match(raw);
        var shown = raw.Length > 40 ? raw[..40] + "…" : raw;
        return $" {shown} 中的转义“{(escape.Success ? escape.Value : "\\u…")}”不是一个完整的字符（不成对的代理项，文件可能已损坏）；请删去或改为实际的文字";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")]
    private static partial System.Text.RegularExpressions.Regex LoneSurrogate();

    private void CheckValue(JsonElement element, JsonTypeInfo info, string path)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (Expect(element, JsonValueKind.Object, "对象（{…}）", path))
                {
                    CheckObject(element, info, path);
                }
                break;
            case JsonTypeInfoKind.Enumerable:
                if (Expect(element, JsonValueKind.Array, "数组（[…]）", path))
                {
                    var itemInfo = options.GetTypeInfo(info.ElementType!);
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        var itemPath = JsonPaths.Index(path, i++);
                        if (item.ValueKind == JsonValueKind.Null)
                        {
                            Report(LoadRules.WrongType, itemPath, "数组元素不能为 null");
                            continue;
                        }
                        CheckValue(item, itemInfo, itemPath);
                    }
                }
                break;
            default:
                CheckScalar(element, Nullable.GetUnderlyingType(info.Type) ?? info.Type, path);
                break;
        }
    }

    private void CheckObject(JsonElement element, JsonTypeInfo info, string path)
    {
        var byName = info.Properties.Where(p => p.Set is not null).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = JsonPaths.Member(path, member.Name);
            if (!seen.Add(member.Name))
            {
                Report(LoadRules.DuplicateMember, memberPath, $"字段“{member.Name}”在同一对象中重复出现");
                continue;
            }
            if (!byName.TryGetValue(member.Name, out var property))
            {
                Report(LoadRules.UnknownMember, memberPath, UnknownMessage(member.Name, byName.Keys));
                continue;
            }
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                if (!property.IsSetNullable)
                {
                    Report(LoadRules.WrongType, memberPath, $"字段“{member.Name}”不能为 null");
                }
                continue;
            }
            CheckValue(member.Value, options.GetTypeInfo(property.PropertyType), memberPath);
        }
        foreach (var property in info.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)))
        {
            Report(LoadRules.MissingMember, path, $"缺少必填字段“{property.Name}”");
        }
    }

    private void CheckScalar(JsonElement element, Type type, string path)
    {
        if (type != typeof(string) && element.ValueKind == JsonValueKind.String && Model.Placeholder.IsIn(element.GetString()))
        {
            // A number the importer could not find: say so, not "a string where a number belongs".
            Report(Validation.PlaceholderRules.Rule, path, Validation.PlaceholderRules.Message(element.GetString()!));
            return;
        }
        if (type == typeof(string))
        {
            Expect(element, JsonValueKind.String, "字符串", path);
        }
        else if (type == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Report(LoadRules.WrongType, path, $"应为布尔值 true 或 false，实际为{Describe(element)}");
            }
        }
        else if (type == typeof(decimal))
        {
            if (Expect(element, JsonValueKind.Number, "数字", path))
            {
                if (!element.TryGetDecimal(out var value))
                {
                    Report(LoadRules.WrongType, path, $"数字 {element.GetRawText()} 超出可表示的范围");
                }
                else if (Math.Abs(value) > MaxAmount)
                {
                    // Far above any budget, and the bound keeps every sum of the document exact (no overflow).
                    Report(LoadRules.WrongType, path, $"数字 {element.GetRawText()} 过大：绝对值不能超过 1,000,000,000,000,000（一千万亿）");
                }
            }
        }
        else if (type == typeof(int))
        {
            if (Expect(element, JsonValueKind.Number, "整数", path) && !element.TryGetInt32(out _))
            {
                Report(LoadRules.WrongType, path, $"应为整数，实际为 {element.GetRawText()}");
            }
        }
        else if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)).ToList();
            if (Expect(element, JsonValueKind.String, "字符串", path) && !names.Contains(element.GetString()!, StringComparer.Ordinal))
            {
                Report(LoadRules.WrongType, path, $"应为以下值之一：{string.Join("、", names)}，实际为“{element.GetString()}”" + Suggest(element.GetString()!, names));
            }
        }
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string expected, string path)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }
        Report(LoadRules.WrongType, path, $"应为{expected}，实际为{Describe(element)}");
        return false;
    }

    private void Report(string rule, string path, string message) =>
        _found.Add(new Diagnostic(Severity.Error, file, path, message) { Rule = rule });
}
