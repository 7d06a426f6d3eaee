using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Core.Loading;

/// <summary>
/// The JSON form of the model: camelCase property names, enums as camelCase strings, numbers read as
/// decimal, comments and trailing commas allowed, and strict about everything else (unknown fields,
/// duplicate fields, null for non-nullable members, numbers in strings).
/// </summary>
public static class BudgetJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reader options for parsing a data file (the same leniency as <see cref="Options"/>).</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = false,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // The model's metadata made at build time (BudgetJsonContext); anything else given these options
            // (a JsonNode being written, a type of a test) falls back to reflection.
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
                BudgetJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
            MaxDepth = 64,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The JSON name of an enum value, as the format spells it (e.g. generalBudget).</summary>
    public static string EnumName<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
