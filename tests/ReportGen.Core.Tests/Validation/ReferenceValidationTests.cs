using System.Text.Json.Nodes;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

public sealed class ReferenceValidationTests
{
    [Fact]
    public void Reference_dataset_validates_without_errors_or_warnings()
    {
        var result = FileValidator.ValidateFile(TestData.ReferencePath);
        Assert.True(result.Diagnostics.Count == 0, TestData.Join(result.Diagnostics));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Published_wrong_three_public_2023_column_is_rejected_naming_both_figures()
    {
        var json = TestData.Mutate(
            ("$.threePublic.lastYear.total", JsonValue.Create(75_995_417.76m)),
            ("$.threePublic.lastYear.abroad", JsonValue.Create(2_000_000.00m)),
            ("$.threePublic.lastYear.vehicleTotal", JsonValue.Create(68_780_001.76m)),
            ("$.threePublic.lastYear.vehiclePurchase", JsonValue.Create(6_000_000.00m)),
            ("$.threePublic.lastYear.vehicleOperation", JsonValue.Create(62_780_001.76m)),
            ("$.threePublic.lastYear.reception", JsonValue.Create(5_215_416.00m)));

        var result = FileValidator.ValidateText(json, "published.json");

        Assert.False(result.IsValid);
        var d = Assert.Single(result.Diagnostics, x => x.IsError);
        Assert.Equal(ValidationRules.ThreePublicLimit, d.Rule);
        Assert.Equal("$.threePublic.lastYear.total", d.Path);
        Assert.Contains("75,995,417.76 元", d.Message);
        Assert.Contains("18,439,531.54 元", d.Message);
        Assert.Contains("超出 57,555,886.22 元", d.Message);
        Assert.Contains("2023年", d.Message);
        Assert.NotNull(d.Line);
    }
}
