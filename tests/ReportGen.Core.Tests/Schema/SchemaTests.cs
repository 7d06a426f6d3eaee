using System.Text.Json.Nodes;
using Json.Schema;

namespace ReportGen.Core.Tests.Schema;

public sealed class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "schemas", "budget.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static EvaluationResults Evaluate(string json) =>
        Schema.Value.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    [Fact]
    public void Reference_dataset_validates_against_the_schema()
    {
        var results = Evaluate(TestData.ReferenceJson);
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Second_department_validates_against_the_schema()
    {
        var json = JsonNode.Parse(File.ReadAllText(TestData.TestFile("synthetic-wanyuan.json")), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
        var results = Schema.Value.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Reference_dataset_references_the_schema()
    {
        Assert.Equal("../schemas/budget.schema.json", TestData.ReferenceNode()["$schema"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("$.expenditure.functional[0].children[0].code", "\"2010\"", "/expenditure/functional/0/children/0/code")]
    [InlineData("$.economic.basicDepartment[0].children[0].amount", "896700.001", "/economic/basicDepartment/0/children/0/amount")]
    [InlineData("$.income.generalBudget.amount", "-1", "/income/generalBudget/amount")]
    [InlineData("$.projects[0].fund", "\"general\"", "/projects/0/fund")]
    [InlineData("$.contact.email", "\"x@y.z\"", "/contact/email")]
    [InlineData("$.performance.indicators[0].nature", "\">=\"", "/performance/indicators/0/nature")]
    public void Schema_rejects_a_broken_copy_at_the_changed_place(string path, string value, string location)
    {
        var results = Evaluate(TestData.Mutate(path, JsonNode.Parse(value)));
        Assert.False(results.IsValid);
        Assert.True(results.Details.Any(d => d.HasErrors && d.InstanceLocation.ToString() == location), Errors(results));
    }
}
