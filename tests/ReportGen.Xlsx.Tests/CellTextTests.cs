namespace ReportGen.Xlsx.Tests;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("17,625,499.55", true, "17625499.55", "#,##0.00")]
    [InlineData("17,625,499.55", false, "17625499.55", "#,##0.00")]
    [InlineData("203.41", false, "203.41", "#,##0.00")]
    [InlineData("-1,000.00", true, "-1000.00", "#,##0.00")]
    [InlineData("0.00", false, "0.00", "#,##0.00")]
    [InlineData("12", true, "12", "#,##0")]
    [InlineData("-4%", false, "-0.04", "0%")]
    [InlineData("12.5%", false, "0.125", "0.0%")]
    public void Numbers_are_parsed_exactly_with_a_format_that_shows_the_same_text(string text, bool numeric, string value, string format)
    {
        var number = Assert.IsType<NumberValue>(CellText.Value(text, numeric));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(format, number.Format);
    }

    [Theory]
    [InlineData("2010301")]
    [InlineData("0101")]
    [InlineData("130001")]
    [InlineData("20")]
    [InlineData("50011221T000000043637-行政效能绩效评价费")]
    [InlineData("优良中差低")]
    [InlineData("1,2")]
    public void Codes_and_words_outside_amount_columns_stay_text(string text) =>
        Assert.Equal(new TextValue(text), CellText.Value(text, numericColumn: false));

    [Fact]
    public void Empty_cells_hold_nothing()
    {
        Assert.Null(CellText.Value("", true));
        Assert.Null(CellText.Value("  ", false));
    }

    [Theory]
    [InlineData("12630000.00", "12630000")]
    [InlineData("0.0400", "0.04")]
    [InlineData("-92510.5", "-92510.5")]
    [InlineData("0", "0")]
    public void Decimals_are_written_as_the_shortest_exact_text(string value, string expected) =>
        Assert.Equal(expected, CellText.Invariant(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
