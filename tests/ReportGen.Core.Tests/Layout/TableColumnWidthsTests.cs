using ReportGen.Core.Documents;
using ReportGen.Core.Layout;
using ReportGen.Core.Styling;

namespace ReportGen.Core.Tests.Layout;

/// <summary>
/// The column widths every format shares. With the repository's style sheet a table cell holds its
/// text plus 7.25 pt (3 pt padding each side, two 0.5 pt rules, a quarter point); table text is 10.5 pt.
/// </summary>
public sealed class TableColumnWidthsTests
{
    private static readonly StyleSheet Sheet = StyleSheet.Load(Path.Combine(AppContext.BaseDirectory, "templates", "style.json"));

    private static Table Amounts(int columns, string amount) => new(
        null, "表", [], null, null,
        [new ColumnSpec(CellAlign.Left, 3), .. Enumerable.Range(0, columns).Select(_ => new ColumnSpec(CellAlign.Right, 1) { Numeric = true })],
        [new TableRow([new TableCell("项目"), .. Enumerable.Range(0, columns).Select(i => new TableCell($"金额{i + 1}"))])],
        [new TableRow([new TableCell("一般公共服务支出"), .. Enumerable.Range(0, columns).Select(_ => new TableCell(amount))])],
        []);

    [Fact]
    public void An_amount_gets_the_width_it_takes_in_songti_whose_commas_and_points_are_half_an_em()
    {
        Assert.Equal(7.25, TableColumnWidths.CellExtraPt(Sheet), 6);
        var widths = TableColumnWidths.Points(Amounts(2, "17,625,499.55"), Sheet, 300);
        // 13 characters × 5.25 pt + 7.25 pt: hints of 1 against 3 would give 60 pt.
        Assert.Equal(75.5, widths[1], 6);
        Assert.Equal(75.5, widths[2], 6);
        Assert.Equal(149, widths[0], 6);
    }

    [Fact]
    public void A_face_wider_than_the_estimate_widens_the_column_and_a_narrower_one_does_not()
    {
        // Noto CJK's digits are about 0.56 em; FandolSong's commas and points 0.28 em.
        TextWidth wide = (text, role, bold) => text.Sum(c => c < '\u2E80' ? 0.56 : 1.0) * 10.5;
        TextWidth narrow = (text, role, bold) => text.Sum(c => c is ',' or '.' ? 0.28 : c < '\u2E80' ? 0.5 : 1.0) * 10.5;
        Assert.Equal(13 * 0.56 * 10.5 + 7.25, TableColumnWidths.Points(Amounts(2, "17,625,499.55"), Sheet, 300, wide)[1], 6);
        Assert.Equal(75.5, TableColumnWidths.Points(Amounts(2, "17,625,499.55"), Sheet, 300, narrow)[1], 6);
    }

    [Fact]
    public void A_table_too_wide_for_songti_commas_is_measured_with_the_narrower_ones_before_anything_shrinks()
    {
        // Eight columns of 798,183.84: 8 × (52.5 + 7.25) = 478 pt at half-em commas, with the label's
        // 28.25 pt more than 500 pt; with 0.28 em commas and points 47.88 + 7.25 = 55.13 pt each fits.
        var widths = TableColumnWidths.Points(Amounts(8, "798,183.84"), Sheet, 500);
        Assert.Equal(500, widths.Sum(), 6);
        Assert.All(widths.Skip(1), w => Assert.True(w >= (8 * 0.5 + 2 * 0.28) * 10.5 + 7.25 - 1e-9, $"{w}"));
        Assert.All(widths.Skip(1), w => Assert.True(w < 5 * 10.5 + 7.25, $"{w}"));
    }

    [Fact]
    public void Whole_units_sum_exactly_to_the_total()
    {
        var table = Amounts(3, "4,995,499.55");
        var twips = TableColumnWidths.For(table, Sheet, 8845, 20);
        var points = TableColumnWidths.Points(table, Sheet, 8845 / 20.0);
        Assert.Equal(8845, twips.Sum());
        Assert.All(twips.Zip(points), p => Assert.InRange(p.First - p.Second * 20, -1, 1));
        Assert.All(twips.Skip(1), w => Assert.True(w >= 12 * 105 + 145, $"{w}"));
    }

    [Fact]
    public void Empty_columns_are_those_no_body_cell_with_text_covers()
    {
        var table = Amounts(3, "") with
        {
            BodyRows = [new TableRow([new TableCell("合计", ColSpan: 2), new TableCell(""), new TableCell(" ")]), new TableRow([new TableCell("201"), new TableCell(""), new TableCell(""), new TableCell("")])],
        };
        Assert.Equal([false, false, true, true], TableColumnWidths.EmptyColumns(table));
    }

    [Fact]
    public void Labels_of_empty_columns_break_compounds_into_their_words_never_into_single_characters()
    {
        Assert.Equal(["国有资本", "经营", "预算", "财政拨款"], ChineseWords.BreakUnits("国有资本经营预算财政拨款"));
        Assert.Equal(["国有", "资本", "经营", "预算", "财政", "拨款"], ChineseWords.BreakUnits("国有资本经营预算财政拨款", compounds: true));
        Assert.Equal(["事业", "单位", "经营", "收入"], ChineseWords.BreakUnits("事业单位经营收入", compounds: true));
        Assert.All(ChineseWords.BreakUnits("用事业基金弥补收支差额", compounds: true), u => Assert.True(u.Length >= 2, u));
        // An empty column is as narrow as its longest short word: 2 em + 7.25 pt.
        var table = Amounts(1, "") with
        {
            Columns = [new ColumnSpec(CellAlign.Left, 10), new ColumnSpec(CellAlign.Right, 0.01) { Numeric = true }],
            HeaderRows = [new TableRow([new TableCell("项目"), new TableCell("国有资本经营预算财政拨款")])],
            BodyRows = [new TableRow([new TableCell(new string('项', 60)), new TableCell("")])],
        };
        Assert.Equal(21 + 7.25, TableColumnWidths.Points(table, Sheet, 400)[1], 6);
    }

    [Fact]
    public void Unbreakable_pieces_keep_brackets_with_their_text_and_numbers_whole()
    {
        Assert.Equal(["因公", "出国", "（境）费"], TableColumnWidths.HeaderPieces("因公出国（境）费"));
        var pieces = TableColumnWidths.Pieces("政府办公厅（室）事务 17,625,499.55元").ToList();
        Assert.Contains("（室）", pieces);
        Assert.Contains("17,625,499.55", pieces);
        Assert.Contains("元", pieces);
        Assert.DoesNotContain(pieces, p => p.Contains(' ', StringComparison.Ordinal));
    }
}
