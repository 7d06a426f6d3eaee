using ReportGen.Core.Layout;

namespace ReportGen.Core.Tests.Layout;

public sealed class ColumnFitTests
{
    [Fact]
    public void Hints_share_the_width_but_no_column_goes_below_its_minimum()
    {
        var widths = ColumnFit.Distribute([1, 1, 1, 1], [10, 10, 150, 10], 400);
        Assert.Equal(150, widths[2], 6);
        Assert.Equal(400, widths.Sum(), 6);
        Assert.All(new[] { widths[0], widths[1], widths[3] }, w => Assert.Equal(250.0 / 3, w, 6));
    }

    [Fact]
    public void A_table_too_wide_at_its_minimums_shrinks_every_column_alike()
    {
        Assert.Equal([50, 150], ColumnFit.Distribute([3, 1], [100, 300], 200));
    }

    [Fact]
    public void Spare_room_goes_to_the_smallest_shortfall_first_and_the_total_stays()
    {
        // Column 0 has 50 to spare; column 1 is 30 short, column 2 is 200 short (more than there is).
        var result = ColumnFit.Rebalance([100, 100, 100], [50, 130, 300]);
        Assert.Equal([70, 130, 100], result);
        Assert.Equal(300, result.Sum(), 6);
    }

    [Fact]
    public void Room_is_taken_from_the_roomy_columns_in_proportion_to_their_room()
    {
        var result = ColumnFit.Rebalance([100, 100, 100], [20, 60, 130]);
        // 30 needed by column 2; rooms 80 and 40 give 20 and 10.
        Assert.Equal([80, 90, 130], result);
    }

    [Fact]
    public void Nothing_moves_when_every_column_fits_or_nothing_is_spare()
    {
        Assert.Equal([100, 100], ColumnFit.Rebalance([100, 100], [90, 95]));
        Assert.Equal([100, 100], ColumnFit.Rebalance([100, 100], [150, 120]));
    }
}
