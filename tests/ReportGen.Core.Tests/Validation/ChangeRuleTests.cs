using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>A material change against last year without a reason is a warning; the threshold is configurable.</summary>
public sealed class ChangeRuleTests : RuleTestBase
{
    // 2080599 其他行政事业单位养老支出: 76,810.00 → 92,510.00, +15,700.00 (+20.4%).
    private const string Item = "$.expenditure.functional[1].children[0].children[2]";

    [Fact]
    public void Material_change_without_reason_is_a_warning()
    {
        var r = ValidateChanged(Item + ".reason", null);
        var d = Warning(r, ValidationRules.ChangeReason, Item + ".reason");
        Assert.Contains("“2080599 其他行政事业单位养老支出”较2023年增加 15,700.00 元（增长20.4%）", d.Message);
        Assert.Contains("10% 且 10,000.00 元", d.Message);
        Assert.True(r.IsValid);
        Assert.NotNull(d.Line);
    }

    [Fact]
    public void Percent_threshold_is_configurable()
    {
        var r = ValidateChanged(Item + ".reason", null, ValidationOptions.Default with { ThresholdPercent = 25m });
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void Amount_threshold_is_configurable()
    {
        // 公务用车运行维护费 45,000 → 40,000: -11.1% but only 5,000 元, below the default 10,000 元.
        Assert.Empty(ValidateChanged("$.threePublic.reasons.vehicleOperation", null).Diagnostics);
        var r = ValidateChanged("$.threePublic.reasons.vehicleOperation", null, ValidationOptions.Default with { ThresholdAmount = 5_000m });
        Assert.Contains("减少 5,000.00 元（下降11.1%）", Warning(r, ValidationRules.ChangeReason, "$.threePublic.reasons.vehicleOperation").Message);
    }

    [Fact]
    public void Small_change_needs_no_reason()
    {
        // 2010301 行政运行: -9.1%, below 10%.
        Assert.Empty(ValidateChanged("$.expenditure.functional[0].children[0].children[0].reason", null).Diagnostics);
    }

    [Fact]
    public void Department_level_basic_change_without_reason()
    {
        var r = ValidateChanged("$.expenditure.basicReason", null, ValidationOptions.Default with { ThresholdPercent = 5m });
        Assert.Contains("基本支出较2023年减少 494,992.99 元（下降9%）", Warning(r, ValidationRules.ChangeReason, "$.expenditure.basicReason").Message);
    }
}
