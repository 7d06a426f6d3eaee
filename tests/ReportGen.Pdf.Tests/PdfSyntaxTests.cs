using System.Text;
using ReportGen.Pdf.Writing;

namespace ReportGen.Pdf.Tests;

public class PdfSyntaxTests
{
    [Theory]
    [InlineData(12.345, 2, "12.35")]
    [InlineData(100.0, 2, "100")]
    [InlineData(1.5, 2, "1.5")]
    [InlineData(0.05, 2, "0.05")]
    [InlineData(-0.004, 2, "0")]
    [InlineData(-0.006, 2, "-0.01")]
    [InlineData(-12.25, 1, "-12.3")]
    [InlineData(841.8898, 2, "841.89")]
    public void Numbers_are_written_without_exponent_or_trailing_zeros(double value, int decimals, string expected)
    {
        Assert.Equal(expected, new StringBuilder().AppendNumber(value, decimals).ToString());
        Assert.Equal(expected, PdfSyntax.Number(value, decimals));
    }

    [Fact]
    public void Text_strings_are_UTF16_hex_with_a_byte_order_mark() =>
        Assert.Equal("<FEFF8868004100200031>", PdfSyntax.Text("表A 1"));

    [Fact]
    public void Dates_carry_their_offset() =>
        Assert.Equal("(D:20240301163000+08'00')", PdfSyntax.Date(new DateTimeOffset(2024, 3, 1, 16, 30, 0, TimeSpan.FromHours(8))));
}
