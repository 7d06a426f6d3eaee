using System.Globalization;
using ReportGen.Core.Model;
using ReportGen.Templating.Functions;

namespace ReportGen.Templating.Tests;

public sealed class FormatsTests
{
    private static readonly FormatSettings Yuan = FormatSettings.Default;
    private static readonly FormatSettings YuanShownInWan = new(AmountUnit.元, AmountUnit.万元, 2024);
    private static readonly FormatSettings Wan = new(AmountUnit.万元, AmountUnit.万元, 2024);

    [Theory]
    [InlineData("243256.2", "243,256.2")]
    [InlineData("243256.20", "243,256.2")]
    [InlineData("92510", "92,510")]
    [InlineData("17625499.55", "17,625,499.55")]
    [InlineData("0", "0")]
    [InlineData("0.125", "0.13")] // half away from zero, not banker's 0.12
    public void Narrative_in_yuan_drops_trailing_zeros(string amount, string expected) =>
        Assert.Equal(expected, Formats.Narrative(decimal.Parse(amount, CultureInfo.InvariantCulture), Yuan));

    [Theory]
    [InlineData("2034100", "203.41")]
    [InlineData("2034000", "203.40")]
    [InlineData("17625499.55", "1,762.55")]
    [InlineData("50", "0.01")] // 0.005 万元 rounds away from zero
    [InlineData("0", "0")]
    public void Narrative_converted_to_wan_shows_two_decimals(string amount, string expected) =>
        Assert.Equal(expected, Formats.Narrative(decimal.Parse(amount, CultureInfo.InvariantCulture), YuanShownInWan));

    [Fact]
    public void Data_already_in_wan_is_not_converted() =>
        Assert.Equal("203.41", Formats.Narrative(203.41m, Wan));

    [Theory]
    [InlineData("92510", false, "92,510.00")]
    [InlineData("243256.2", false, "243,256.20")]
    [InlineData("0", false, "")]
    [InlineData("0", true, "0.00")]
    public void Table_cells_have_two_decimals_and_blank_zero(string amount, bool showZero, string expected) =>
        Assert.Equal(expected, Formats.TableCell(decimal.Parse(amount, CultureInfo.InvariantCulture), Yuan, showZero));

    [Fact]
    public void A_nonzero_amount_that_rounds_to_zero_in_wan_is_not_blank()
    {
        Assert.Equal("0.00", Formats.TableCell(30m, YuanShownInWan));
        Assert.Equal("", Formats.TableCell(null, YuanShownInWan));
    }

    [Theory]
    [InlineData("16511691.03", "17625499.55", "93.7%")]
    [InlineData("592804.88", "17625499.55", "3.4%")]
    [InlineData("243256.2", "17625499.55", "1.4%")]
    [InlineData("277747.44", "17625499.55", "1.6%")]
    [InlineData("17625499.55", "17625499.55", "100%")]
    [InlineData("1", "0", "0%")]
    [InlineData("1225", "10000", "12.3%")] // 12.25 → 12.3, not banker's 12.2
    public void Shares_have_one_decimal_without_trailing_zero(string part, string total, string expected) =>
        Assert.Equal(expected, Formats.Share(decimal.Parse(part, CultureInfo.InvariantCulture), decimal.Parse(total, CultureInfo.InvariantCulture)));

    [Fact]
    public void Change_gives_kind_and_figures_never_words()
    {
        var down = Formats.Change(17625499.55m, 18439531.54m, 2024);
        Assert.Equal(("decrease", 814031.99m, 2024, 2023), (down.Kind, down.Amount!.Value, down.Year, down.LastYear));
        Assert.Equal("4.4%", Formats.Percent(down.Ratio!.Value));
        var up = Formats.Change(92510m, 76810m, 2024);
        Assert.True(up.IsIncrease && !up.IsDecrease && !up.IsNew && !up.IsSame);
        Assert.Equal(15700m, up.Amount);
        var same = Formats.Change(47500m, 47500m, 2025);
        Assert.Equal(("same", 0m, 2024), (same.Kind, same.Amount!.Value, same.LastYear));
        var created = Formats.Change(92510m, null, 2024);
        Assert.Equal("new", created.Kind);
        Assert.Null(created.Amount);
        Assert.Null(created.Ratio);
        Assert.Null(Formats.Change(100m, 0m, 2024).Ratio); // no base for a percentage
    }

    [Theory]
    [InlineData("2399070.27", "2639803.45", "9.1%")]
    [InlineData("12630000", "12949039", "2.5%")]
    [InlineData("92510", "76810", "20.4%")]
    [InlineData("675095.74", "760901.36", "11.3%")]
    [InlineData("200", "100", "100%")]
    public void Change_ratio_is_the_absolute_change_over_last_year(string current, string last, string expected) =>
        Assert.Equal(expected, Formats.Percent(Formats.Change(decimal.Parse(current, CultureInfo.InvariantCulture), decimal.Parse(last, CultureInfo.InvariantCulture), 2024).Ratio!.Value));

    [Theory]
    [InlineData("17625499.55", "18439531.54", "-4%")]
    [InlineData("92510", "76810", "20%")]
    [InlineData("1482620.76", "1671330.90", "-11%")]
    [InlineData("71038.4", "77022", "-8%")]
    [InlineData("95.5", "100", "-5%")] // -4.5 rounds away from zero
    [InlineData("100", "100", "0%")]
    [InlineData("99.9", "100", "0%")] // never "-0%"
    public void Change_cell_is_a_whole_percent(string current, string last, string expected) =>
        Assert.Equal(expected, Formats.ChangeCell(decimal.Parse(current, CultureInfo.InvariantCulture), decimal.Parse(last, CultureInfo.InvariantCulture)));

    [Fact]
    public void Change_cell_is_blank_without_a_base() => Assert.Equal("", Formats.ChangeCell(5m, null));

    [Theory]
    [InlineData(1, "一")]
    [InlineData(7, "七")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(17, "十七")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    public void Chinese_numerals_for_numbering(int number, string expected) => Assert.Equal(expected, ChineseNumbers.Of(number));

    [Fact]
    public void Formatting_does_not_depend_on_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("17,625,499.55", Formats.Narrative(17625499.55m, Yuan));
            Assert.Equal("93.7%", Formats.Share(16511691.03m, 17625499.55m));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Functional_label_names_class_section_and_item()
    {
        FunctionalItem[] tree =
        [
            new()
            {
                Code = "201", Name = "一般公共服务支出",
                Children = [new() { Code = "20103", Name = "政府办公厅（室）及相关机构事务", Children = [new() { Code = "2010301", Name = "行政运行" }] }],
            },
        ];
        Assert.Equal(["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"], FunctionalLabels.Names(tree, "2010301"));
        Assert.Equal(["一般公共服务支出", "政府办公厅（室）及相关机构事务"], FunctionalLabels.Names(tree, "20103"));
        Assert.Null(FunctionalLabels.Names(tree, "999"));
    }
}
