namespace ReportGen.Xlsx.Tests;

public sealed class SheetNameTests
{
    [Theory]
    [InlineData("表五", "表五")]
    [InlineData("表5/附", "表5_附")]
    [InlineData("表[一]:*?\\", "表_一_____")]
    [InlineData("'表一'", "表一")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一")]
    public void Table_numbers_become_valid_sheet_names(string number, string expected) =>
        Assert.Equal(expected, SheetPlanner.SheetName(number, new HashSet<string>(StringComparer.OrdinalIgnoreCase)));

    [Fact]
    public void A_name_in_use_gets_a_suffix()
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "目录" };
        Assert.Equal("目录(2)", SheetPlanner.SheetName("目录", used));
        Assert.Equal("表A", SheetPlanner.SheetName("表A", used));
        Assert.Equal("表a(2)", SheetPlanner.SheetName("表a", used));
    }
}
