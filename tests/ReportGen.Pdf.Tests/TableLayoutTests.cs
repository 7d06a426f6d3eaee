using ReportGen.Core.Documents;
using ReportGen.Pdf.Layout;

namespace ReportGen.Pdf.Tests;

public class TableLayoutTests
{
    [Fact]
    public void A_100_row_table_spans_pages_with_its_header_rows_on_each()
    {
        var table = Samples.Table(100);
        var layout = LayoutProbe.Layout(Samples.Doc(table));
        Assert.True(layout.Pages.Count >= 3);
        var rows = new List<int>();
        foreach (var page in layout.Pages)
        {
            var text = LayoutProbe.PageText(page);
            Assert.Contains("科目编码科目名称2024年预算数总计基本支出项目支出", text);
            var placed = LayoutProbe.Placed(page, 0);
            Assert.Contains("header=True", placed.Detail);
            Assert.Equal(page.Number == 1, placed.Detail.Contains("head=True", StringComparison.Ordinal));
            // The header comes first on continuation pages.
            if (page.Number > 1)
            {
                Assert.StartsWith("科目编码", text);
            }
        }
        // Every body row is drawn exactly once, whole: its code appears once across the pages.
        var texts = layout.Pages.SelectMany(p => p.Ops.OfType<TextOp>()).Select(t => t.Text).ToList();
        for (var i = 1; i < 100; i++)
        {
            var amount = $"{i},{i % 1000:000}.{i % 100:00}";
            Assert.Single(texts, t => t == amount);
        }
        // The notes come at the end, after the last row.
        Assert.EndsWith($"备注：本表金额单位为元。—{layout.Pages.Count}—", LayoutProbe.PageText(layout.Pages[^1]));
    }

    [Fact]
    public void Rows_are_not_split_and_the_grid_stays_in_the_text_block()
    {
        var layout = LayoutProbe.Layout(Samples.Doc(Samples.Table(100)));
        foreach (var page in layout.Pages)
        {
            var g = page.Geometry;
            var rules = page.Ops.OfType<RuleOp>().ToList();
            Assert.All(rules, r => Assert.InRange(r.Y2, g.Top, g.Bottom + 0.01f));
            Assert.All(rules, r => Assert.InRange(r.X2, g.Left - 0.01f, g.Right + 0.01f));
            Assert.All(rules, r => Assert.Equal(0.5f, r.Width));
            // Each text line of a cell lies between two horizontal rules: no row is cut by the page end.
            var bottom = rules.Max(r => Math.Max(r.Y1, r.Y2));
            Assert.All(page.Ops.OfType<TextOp>().Where(t => t.Baseline < g.Bottom && t.Baseline > bottom), t => Assert.Contains("备注", t.Text));
        }
    }

    [Fact]
    public void A_table_with_title_and_header_that_cannot_take_a_row_moves_to_the_next_page()
    {
        var blocks = Enumerable.Range(1, 19).Select(i => (Block)LayoutProbe.OneLine(i)).Append(Samples.Table(5)).ToArray();
        var layout = LayoutProbe.Layout(Samples.Doc(blocks));
        Assert.Equal([2], LayoutProbe.PagesOf(layout, 19));
        Assert.StartsWith("表三2024年渝北区部门支出预算总表", LayoutProbe.PageText(layout.Pages[1]));
    }

    [Fact]
    public void A_numbered_table_marked_so_starts_on_a_new_page()
    {
        var layout = LayoutProbe.Layout(Samples.Doc(LayoutProbe.OneLine(1), Samples.Table(3, startOnNewPage: true)));
        Assert.Equal([2], LayoutProbe.PagesOf(layout, 1));
        Assert.Equal(layout.Pages[1].Geometry.Top, LayoutProbe.Placed(layout.Pages[1], 1).Top, 0.01f);
    }

    [Fact]
    public void Numbers_never_wrap_and_names_wrap_inside_their_column()
    {
        var layout = LayoutProbe.Layout(Samples.Doc(Samples.Table(12)));
        var page = layout.Pages[0];
        var texts = page.Ops.OfType<TextOp>().Select(t => t.Text).ToList();
        Assert.Contains("17,625,499.55", texts);
        Assert.Contains("12,630,000.00", texts);
        // "第2项政府办公厅（室）及相关机构事务" (indented two levels) is wrapped onto two lines.
        var name = texts.FindIndex(t => t.StartsWith("第2项", StringComparison.Ordinal));
        Assert.True(name >= 0);
        Assert.NotEqual("第2项政府办公厅（室）及相关机构事务", texts[name]);
        Assert.Equal("第2项政府办公厅（室）及相关机构事务", texts[name] + texts[name + 1]);
    }

    [Fact]
    public void Names_are_indented_by_level()
    {
        var layout = LayoutProbe.Layout(Samples.Doc(Samples.Table(6)));
        var ops = layout.Pages[0].Ops.OfType<TextOp>().ToList();
        float X(string start) => ops.First(t => t.Text.StartsWith(start, StringComparison.Ordinal)).Xs[0];
        var level0 = X("第3类");
        var level1 = X("第1项");
        var level2 = X("第2项");
        Assert.Equal(10.5f, level1 - level0, 0.01f);
        Assert.Equal(21f, level2 - level0, 0.01f);
    }

    [Fact]
    public void The_total_row_is_set_in_a_real_bold_face()
    {
        var layout = LayoutProbe.Layout(Samples.Doc(Samples.Table(3)));
        var ops = layout.Pages[0].Ops.OfType<TextOp>().ToList();
        var total = ops.First(t => t.Text == "合计");
        var normal = ops.First(t => t.Text == "1,001.01");
        Assert.True(total.Face.Info.IsBold, total.Face.Info.Key);
        Assert.False(normal.Face.Info.IsBold);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_lines()
    {
        var columns = new List<ColumnSpec> { new(CellAlign.Left, 1), new(CellAlign.Left, 4) };
        var tall = string.Concat(Enumerable.Repeat("绩效目标：提高政务服务效率，群众满意度达到百分之九十五以上。", 120));
        var table = new Table("表十七", "一般项目绩效目标表", [], null, null, columns,
            [new TableRow([new TableCell("项目"), new TableCell("目标")])],
            [new TableRow([new TableCell("政务服务"), new TableCell(tall)])], []);
        var layout = LayoutProbe.Layout(Samples.Doc(table));
        Assert.True(layout.Pages.Count >= 2);
        var pages = layout.Pages.Select(p => LayoutProbe.PageText(p)[..^$"—{p.Number}—".Length]).ToList();
        Assert.All(pages.Skip(1), t => Assert.StartsWith("项目目标", t));
        var all = pages[0] + string.Concat(pages.Skip(1).Select(t => t["项目目标".Length..]));
        Assert.Equal("表十七一般项目绩效目标表项目目标政务服务" + tall, all);
        foreach (var page in layout.Pages)
        {
            Assert.All(page.Ops.OfType<RuleOp>(), r => Assert.True(r.Y2 <= page.Geometry.Bottom + 0.01f));
        }
    }

    [Theory]
    [InlineData(12)]
    [InlineData(13)] // after 12 lines, 12 rows would fit and leave one: the break comes a row earlier
    public void A_long_rowspan_group_breaks_between_rows_with_two_on_each_side(int count)
    {
        var columns = new List<ColumnSpec> { new(CellAlign.Center, 1), new(CellAlign.Left, 3), new(CellAlign.Right, 1) { Numeric = true } };
        var body = new List<TableRow> { new([new TableCell("绩效指标", RowSpan: count), new TableCell("指标1"), new TableCell("100")]) };
        body.AddRange(Enumerable.Range(2, count - 1).Select(i => new TableRow([new TableCell($"指标{i}"), new TableCell("100")])));
        var table = new Table("表十七", "一般项目绩效目标表", [], null, null, columns, [new TableRow([new TableCell("类别"), new TableCell("指标"), new TableCell("值")])], body, []);
        // Whatever the room left (one to fourteen lines), the rows break with two or more on each side.
        var splits = new List<int>();
        for (var before = 8; before <= 21; before++)
        {
            var blocks = Enumerable.Range(1, before).Select(i => (Block)LayoutProbe.OneLine(i)).Append(table).ToArray();
            var layout = LayoutProbe.Layout(Samples.Doc(blocks));
            var pages = LayoutProbe.PagesOf(layout, before);
            if (pages.Count == 1)
            {
                continue;
            }
            splits.Add(before);
            int Rows(LaidOutPage p) => p.Ops.OfType<TextOp>().Count(t => t.Text.StartsWith("指标", StringComparison.Ordinal) && t.Text != "指标");
            var first = Rows(layout.Pages[pages[0] - 1]);
            var second = Rows(layout.Pages[pages[1] - 1]);
            Assert.Equal(count, first + second);
            Assert.True(first >= 2 && second >= 2, $"{before} lines before: {first} rows before the break, {second} after");
            Assert.Single(layout.Pages.SelectMany(p => p.Ops.OfType<TextOp>()), t => t.Text == "绩效指标");
        }
        // The table (about ten lines tall) breaks after 13–18 lines of text, and after 12 when it has 13 rows.
        Assert.Equal(Enumerable.Range(count == 13 ? 12 : 13, count == 13 ? 7 : 6), splits);
    }

    [Fact]
    public void A_short_rowspan_group_moves_whole()
    {
        var columns = new List<ColumnSpec> { new(CellAlign.Center, 1), new(CellAlign.Left, 3) };
        var body = Enumerable.Range(1, 10).Select(i => new TableRow([new TableCell($"行{i}"), new TableCell("内容")])).ToList();
        body.Add(new TableRow([new TableCell("合并", RowSpan: 3), new TableCell("甲")]));
        body.Add(new TableRow([new TableCell("乙")]));
        body.Add(new TableRow([new TableCell("丙")]));
        var table = new Table(null, "表", [], null, null, columns, [], body, []);
        // Leave room for the ten single rows and part of the three-row group.
        for (var before = 10; before < 16; before++)
        {
            var blocks = Enumerable.Range(1, before).Select(i => (Block)LayoutProbe.OneLine(i)).Append(table).ToArray();
            var layout = LayoutProbe.Layout(Samples.Doc(blocks));
            var page = layout.Pages.First(p => p.Ops.OfType<TextOp>().Any(t => t.Text == "甲"));
            Assert.Contains(page.Ops.OfType<TextOp>(), t => t.Text == "丙");
            Assert.Contains(page.Ops.OfType<TextOp>(), t => t.Text == "合并");
        }
    }
}
