using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Tests.Schema;

/// <summary>
/// The hand-written schema and the model must describe the same format: walk both together from the
/// root and compare, for every object, the property names, which are required, which accept null,
/// and every enum's values.
/// </summary>
public sealed class SchemaModelAgreementTests
{
    private static readonly JsonObject Root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "budget.schema.json")))!.AsObject();

    [Fact]
    public void Schema_and_model_agree_on_every_object()
    {
        var problems = new List<string>();
        var visited = new HashSet<Type>();
        CompareObject(Root, BudgetJson.Options.GetTypeInfo(typeof(BudgetReport)), "$", problems, visited);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(typeof(Indicator), visited);
        Assert.Contains(typeof(FunctionalItem), visited);
        Assert.True(visited.Count >= 25, $"only {visited.Count} types compared");
    }

    [Fact]
    public void Every_property_has_a_chinese_and_english_description()
    {
        var missing = new List<string>();
        foreach (var (path, property) in AllProperties(Root, "$"))
        {
            var description = property["description"]?.GetValue<string>() ?? "";
            if (!description.Contains(" / ", StringComparison.Ordinal) || !description.Any(c => c >= 0x4E00 && c <= 0x9FFF))
            {
                missing.Add(path);
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void Every_object_forbids_additional_properties()
    {
        var open = Objects(Root, "$").Where(o => o.Node["additionalProperties"]?.GetValue<bool>() != false).Select(o => o.Path).ToList();
        Assert.True(open.Count == 0, string.Join("\n", open));
    }

    private static void CompareObject(JsonObject schema, JsonTypeInfo info, string path, List<string> problems, HashSet<Type> visited)
    {
        if (!visited.Add(info.Type))
        {
            return;
        }
        var properties = schema["properties"]!.AsObject();
        var modelNames = info.Properties.Where(p => p.Set is not null).ToDictionary(p => p.Name);
        foreach (var name in properties.Select(p => p.Key).Except(modelNames.Keys))
        {
            problems.Add($"{path}.{name}: in the schema, not in the model ({info.Type.Name})");
        }
        foreach (var name in modelNames.Keys.Except(properties.Select(p => p.Key)))
        {
            problems.Add($"{path}.{name}: in the model ({info.Type.Name}), not in the schema");
        }
        var required = schema["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (name, property) in modelNames)
        {
            if (property.IsRequired != required.Contains(name))
            {
                problems.Add($"{path}.{name}: required in {(property.IsRequired ? "the model" : "the schema")} only");
            }
            if (properties[name] is JsonObject sub)
            {
                CompareValue(sub, property.PropertyType, property.IsSetNullable, $"{path}.{name}", problems, visited);
            }
        }
    }

    private static void CompareValue(JsonObject schema, Type type, bool nullable, string path, List<string> problems, HashSet<Type> visited)
    {
        var resolved = Resolve(schema, out var schemaNullable);
        if (nullable != schemaNullable)
        {
            problems.Add($"{path}: null is {(nullable ? "" : "not ")}accepted by the model but {(schemaNullable ? "" : "not ")}by the schema");
        }
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var info = BudgetJson.Options.GetTypeInfo(underlying);
        if (underlying.IsEnum)
        {
            var expected = Enum.GetNames(underlying).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)).ToHashSet();
            var actual = resolved["enum"]!.AsArray().Where(n => n is not null).Select(n => n!.GetValue<string>()).ToHashSet();
            if (!expected.SetEquals(actual))
            {
                problems.Add($"{path}: enum values differ: model {string.Join(",", expected)}, schema {string.Join(",", actual)}");
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Object)
        {
            CompareObject(resolved, info, path, problems, visited);
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            CompareValue(resolved["items"]!.AsObject(), info.ElementType!, false, path + "[]", problems, visited);
        }
        else
        {
            var expected = underlying == typeof(string) ? "string" : underlying == typeof(bool) ? "boolean" : underlying == typeof(int) ? "integer" : "number";
            var enumOfStrings = resolved["enum"] is JsonArray values && values.All(n => n is null || n.GetValueKind() == JsonValueKind.String);
            if (!Types(resolved).Contains(expected) && !(expected == "string" && enumOfStrings))
            {
                problems.Add($"{path}: type {expected} in the model, {string.Join(",", Types(resolved))} in the schema");
            }
        }
    }

    /// <summary>Follows $ref and anyOf [x, null]; tells whether null is accepted.</summary>
    private static JsonObject Resolve(JsonObject schema, out bool nullable)
    {
        nullable = false;
        if (schema["anyOf"] is JsonArray any)
        {
            nullable = any.Any(a => a!["type"]?.GetValue<string>() == "null");
            schema = any.First(a => a!["type"]?.GetValue<string>() != "null")!.AsObject();
        }
        if (schema["$ref"] is JsonNode reference)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            schema = Root["$defs"]![name]!.AsObject();
        }
        nullable |= Types(schema).Contains("null") || (schema["enum"]?.AsArray().Any(n => n is null) ?? false);
        return schema;
    }

    private static HashSet<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray a => a.Select(n => n!.GetValue<string>()).ToHashSet(),
        JsonValue v => [v.GetValue<string>()],
        _ => [],
    };

    private static IEnumerable<(string Path, JsonObject Node)> Objects(JsonObject schema, string path)
    {
        if (schema["type"]?.ToString() == "object")
        {
            yield return (path, schema);
        }
        foreach (var (key, value) in Root == schema ? schema["$defs"]!.AsObject() : [])
        {
            foreach (var inner in Objects(value!.AsObject(), "$defs." + key))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<(string Path, JsonObject Property)> AllProperties(JsonObject schema, string path)
    {
        foreach (var (where, obj) in Objects(schema, path))
        {
            foreach (var (name, property) in obj["properties"]!.AsObject())
            {
                yield return ($"{where}.{name}", property!.AsObject());
            }
        }
    }
}
