using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Styling;

namespace ReportGen.Core.Tests.Loading;

/// <summary>
/// The data file and the style sheet are read with metadata made at build time by the source
/// generator. It passes init-only members through a constructor, where a member left out of the file
/// would arrive as null or 0 instead of the model's default; these tests read files with every
/// optional member left out and require exactly what the reflection reader (which honours the
/// defaults) makes of them.
/// </summary>
public sealed class SourceGeneratedMetadataTests
{
    [Fact]
    public void A_data_file_without_its_optional_members_reads_as_the_reflection_reader_reads_it()
    {
        var stripped = WithoutOptionalMembers(TestData.ReferenceNode(), typeof(BudgetReport), BudgetJson.Options);
        var json = stripped.ToJsonString();
        Assert.DoesNotContain("\"projects\"", json);
        Assert.DoesNotContain("\"children\"", json);

        var path = Path.Combine(Path.GetTempPath(), $"rg-sourcegen-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var loaded = BudgetLoader.Load(path);
            Assert.Empty(loaded.Diagnostics);
            var report = loaded.Report!;
            Assert.Empty(report.Projects);
            Assert.Empty(report.Glossary);
            Assert.All(report.Expenditure.Functional, f => Assert.NotNull(f.Children));

            var reflection = Reflection(BudgetJson.Options);
            var expected = JsonSerializer.Deserialize<BudgetReport>(json, reflection)!;
            Assert.Equal(JsonSerializer.Serialize(expected, reflection), JsonSerializer.Serialize(report, reflection));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_style_sheet_without_its_optional_members_keeps_every_default()
    {
        var full = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "style.json")), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip })!;
        var json = WithoutOptionalMembers(full, typeof(StyleSheet), StyleSheet.JsonOptions).ToJsonString();
        Assert.DoesNotContain("\"footerOffsetMm\"", json);

        var sheet = StyleSheet.Parse(System.Text.Encoding.UTF8.GetBytes(json), "style.json");
        Assert.Equal(7, sheet.Page.FooterOffsetMm);
        Assert.Equal(210, sheet.Page.WidthMm);
        Assert.Equal(28, sheet.Body.CharsPerLine);
        Assert.Equal("— {0} —", sheet.PageNumber.Format);

        var reflection = Reflection(StyleSheet.JsonOptions);
        var expected = JsonSerializer.Deserialize<StyleSheet>(json, reflection)!;
        Assert.Equal(JsonSerializer.Serialize(expected, reflection), JsonSerializer.Serialize(sheet, reflection));
    }

    private static JsonSerializerOptions Reflection(JsonSerializerOptions options) =>
        new(options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary><paramref name="node"/> (of <paramref name="type"/>) with every member its metadata does not require removed, at every depth.</summary>
    private static JsonNode WithoutOptionalMembers(JsonNode node, Type type, JsonSerializerOptions options)
    {
        var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        switch (node)
        {
            case JsonObject o when info.Kind == JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (!o.ContainsKey(property.Name))
                    {
                        continue;
                    }
                    if (!property.IsRequired)
                    {
                        o.Remove(property.Name);
                    }
                    else if (o[property.Name] is { } value)
                    {
                        WithoutOptionalMembers(value, property.PropertyType, options);
                    }
                }
                break;
            case JsonObject o when info.Kind == JsonTypeInfoKind.Dictionary:
                foreach (var (_, value) in o.ToList())
                {
                    if (value is not null)
                    {
                        WithoutOptionalMembers(value, info.ElementType!, options);
                    }
                }
                break;
            case JsonArray a when info.Kind == JsonTypeInfoKind.Enumerable:
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        WithoutOptionalMembers(item, info.ElementType!, options);
                    }
                }
                break;
        }
        return node;
    }
}
