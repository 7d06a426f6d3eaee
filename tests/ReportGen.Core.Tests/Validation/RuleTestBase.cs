using System.Text.Json.Nodes;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>Helpers for rule tests: validate a mutated copy of the reference and pick the finding of one rule.</summary>
public abstract class RuleTestBase
{
    protected static FileValidation Validate(string json, ValidationOptions? options = null) =>
        FileValidator.ValidateText(json, "test.json", options);

    protected static FileValidation ValidateChanged(string path, JsonNode? value, ValidationOptions? options = null) =>
        Validate(TestData.Mutate(path, value), options);

    protected static JsonNode N(decimal value) => JsonValue.Create(value);

    protected static JsonNode S(string value) => JsonValue.Create(value);

    /// <summary>The single diagnostic of <paramref name="rule"/> at <paramref name="path"/>; fails listing all findings otherwise.</summary>
    protected static Diagnostic Find(FileValidation result, string rule, string path)
    {
        var matches = result.Diagnostics.Where(d => d.Rule == rule && d.Path == path).ToList();
        Assert.True(matches.Count == 1, $"expected one {rule} at {path}, found:\n{TestData.Join(result.Diagnostics)}");
        return matches[0];
    }

    protected static Diagnostic Error(FileValidation result, string rule, string path)
    {
        var d = Find(result, rule, path);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.False(result.IsValid);
        Assert.NotNull(d.Line);
        return d;
    }

    protected static Diagnostic Warning(FileValidation result, string rule, string path)
    {
        var d = Find(result, rule, path);
        Assert.Equal(Severity.Warning, d.Severity);
        return d;
    }

    /// <summary>Asserts the message names the expected figure, the actual one and the difference.</summary>
    protected static void Figures(Diagnostic d, string expected, string actual, string difference)
    {
        Assert.Contains($"应为 {expected}", d.Message);
        Assert.Contains($"实际为 {actual}", d.Message);
        Assert.Contains($"相差 {difference}", d.Message);
    }
}
