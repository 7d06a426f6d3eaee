using ReportGen.Core.Documents;

namespace ReportGen.Docx.Tests;

/// <summary>Column widths in twips: hints, unbroken numbers, then the rebalancing step shared with the PDF.</summary>
public sealed class ColumnWidthTests
{
    private static Table Table(params string[] cells) => new(
        null, "表", [], null, null,
        [new ColumnSpec(CellAlign.Left), new ColumnSpec(CellAlign.Left), new ColumnSpec(CellAlign.Left)],
        [], [new TableRow([.. cells.Select(c => new TableCell(c))])], []);

    [Fact]
    public void A_short_label_gets_the_room_a_narrow_column_does_not_need()
    {
        // 10.5 pt table text = 210 twips an em; 3 pt padding each side, the two 0.5 pt rules and a
        // quarter point = 145 twips. Equal hints give 2000 each; the 10-character label needs
        // 2100 + 145 = 2245, "1" needs 105 + 145 = 250, so the label takes 245 of the middle column's room.
        var widths = ColumnWidths.For(Table("当年整体绩效目标设置", "1", new string('文', 30)), Rendered.Sheet, 6000);
        Assert.Equal([2245, 1755, 2000], widths);
    }

    [Fact]
    public void Widths_always_sum_to_the_text_block()
    {
        var widths = ColumnWidths.For(Table("项目", "17,625,499.55", "一般公共预算财政拨款收入"), Rendered.Sheet, 7001);
        Assert.Equal(7001, widths.Sum());
        Assert.True(widths[1] >= 13 * 0.5 * 210 + 120, string.Join(",", widths));
    }
}
