using ReportGen.Pdf.Layout.Tables;

namespace ReportGen.Pdf.Tests;

public class ColumnWidthTests
{
    [Fact]
    public void Hints_share_the_width_but_no_column_goes_below_its_minimum()
    {
        var widths = ColumnWidths.Distribute([1, 1, 1, 1], [10, 10, 150, 10], 400);
        Assert.Equal(150, widths[2], 0.01f);
        Assert.Equal(400, widths.Sum(), 0.01f);
        Assert.All(new[] { widths[0], widths[1], widths[3] }, w => Assert.Equal(250f / 3, w, 0.01f));
    }

    [Fact]
    public void Room_a_column_does_not_need_goes_to_the_smallest_shortfall_first()
    {
        // A label 10 pt short, a long text 300 pt short, and two number columns with 30 pt to spare each.
        var widths = ColumnWidths.Rebalance([80, 200, 100, 100], [90, 500, 70, 70]);
        Assert.Equal(90, widths[0], 0.01f); // the label now fits on one line
        Assert.Equal(200, widths[1], 0.01f); // the long text wraps anyway: nothing is wasted on it
        Assert.Equal(95, widths[2], 0.01f);
        Assert.Equal(95, widths[3], 0.01f);
        Assert.Equal(480, widths.Sum(), 0.01f);
    }

    [Fact]
    public void Without_spare_room_nothing_moves()
    {
        Assert.Equal([80f, 200f], ColumnWidths.Rebalance([80, 200], [90, 210]));
    }
}
