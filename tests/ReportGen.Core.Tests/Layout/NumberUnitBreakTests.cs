using ReportGen.Core.Layout;

namespace ReportGen.Core.Tests.Layout;

/// <summary>A label or title never breaks between a number and the unit read with it ("2023/年", "12/万元").</summary>
public sealed class NumberUnitBreakTests
{
    [Theory]
    [InlineData("2024年预算比2023年预算增幅%", "比2023年")]
    [InlineData("较上年增加12万元", "12万元")]
    [InlineData("2024年预算数", "2024年")]
    [InlineData("当年安排项目12个", "12个")]
    [InlineData("共3项重点项目", "3项")]
    [InlineData("车辆编制5辆", "5辆")]
    public void A_number_and_its_unit_are_one_break_unit(string label, string together)
    {
        var units = ChineseWords.BreakUnits(label, compounds: false);
        Assert.Equal(label, string.Concat(units));
        Assert.Contains(units, u => u.Contains(together, StringComparison.Ordinal));
        // The class: no unit starts with a unit character right after a unit ending with a digit.
        for (var i = 1; i < units.Count; i++)
        {
            Assert.False(char.IsAsciiDigit(units[i - 1][^1]) && "年月日元万亿个项人辆台次%".Contains(units[i][0], StringComparison.Ordinal),
                $"“{units[i - 1]}” / “{units[i]}” in {string.Join("/", units)}");
        }
    }

    [Fact]
    public void A_header_label_wraps_with_the_year_kept_whole()
    {
        var lines = ChineseWords.Wrap("2024年预算比2023年预算增幅%", 5, TextEstimate.WidthEm);
        Assert.DoesNotContain(lines, l => l.StartsWith('年'));
        Assert.Equal("2024年预算比2023年预算增幅%", string.Concat(lines));
    }
}
