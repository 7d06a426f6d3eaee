using ReportGen.Core.Documents;
using ReportGen.Pdf.Layout;

namespace ReportGen.Pdf.Tests;

public class PaginationTests
{
    private static Block[] Lines(int count) => Enumerable.Range(1, count).Select(i => (Block)LayoutProbe.OneLine(i)).ToArray();

    [Fact]
    public void A_portrait_page_holds_22_lines_of_body_text()
    {
        var layout = LayoutProbe.Layout(Samples.Doc(Lines(23)));
        Assert.Equal(2, layout.Pages.Count);
        Assert.Equal(22, layout.Pages[0].Blocks.Count);
        Assert.Equal(22, layout.Pages[1].Blocks[0].BlockIndex);
    }

    [Fact]
    public void A_heading_at_the_foot_of_a_page_moves_to_the_next_page_with_its_paragraph()
    {
        // 21 lines leave room for one: the heading would fit but not a line of its paragraph after it.
        var blocks = Lines(21).Append(new Heading(1, "二、", "部门预算总体情况")).Append(LayoutProbe.FullLines(3)).ToArray();
        var layout = LayoutProbe.Layout(Samples.Doc(blocks));
        Assert.Equal([2], LayoutProbe.PagesOf(layout, 21));
        Assert.Equal([2], LayoutProbe.PagesOf(layout, 22));
        var page2 = layout.Pages[1];
        Assert.Equal(page2.Geometry.Top, LayoutProbe.Placed(page2, 21).Top, 0.01f);
        Assert.Equal(21, layout.Pages[0].Blocks.Count);
    }

    [Fact]
    public void A_heading_with_room_for_two_lines_of_its_paragraph_stays()
    {
        var blocks = Lines(19).Append(new Heading(1, "二、", "部门预算总体情况")).Append(LayoutProbe.FullLines(4)).ToArray();
        var layout = LayoutProbe.Layout(Samples.Doc(blocks));
        Assert.Equal([1], LayoutProbe.PagesOf(layout, 19));
        Assert.Equal([1, 2], LayoutProbe.PagesOf(layout, 20));
        Assert.EndsWith("lines 1-2 of 4", LayoutProbe.Placed(layout.Pages[0], 20).Detail);
    }

    [Fact]
    public void Headings_in_a_row_keep_together_with_the_paragraph()
    {
        var blocks = Lines(20).Append(new Heading(1, "二、", "部门预算总体情况")).Append(new Heading(2, "（一）", "收入预算")).Append(LayoutProbe.FullLines(3)).ToArray();
        var layout = LayoutProbe.Layout(Samples.Doc(blocks));
        Assert.Equal([2], LayoutProbe.PagesOf(layout, 20));
        Assert.Equal([2], LayoutProbe.PagesOf(layout, 21));
    }

    [Theory]
    [InlineData(20, 3, 0)] // 2 lines of room, 3-line paragraph: 2 + 1 would leave a widow, 1 + 2 an orphan: all moves
    [InlineData(20, 5, 2)] // 2 + 3
    [InlineData(18, 5, 3)] // 4 lines of room: 4 + 1 would leave a widow, so 3 + 2
    [InlineData(21, 4, 0)] // 1 line of room: never a single first line at the foot
    [InlineData(19, 3, 3)] // fits
    public void No_single_line_of_a_paragraph_alone_at_the_foot_or_head_of_a_page(int before, int lines, int onFirstPage)
    {
        var layout = LayoutProbe.Layout(Samples.Doc(Lines(before).Append(LayoutProbe.FullLines(lines)).ToArray()));
        var first = layout.Pages[0].Blocks.Where(b => b.BlockIndex == before).Sum(b => (int)Math.Round((b.Bottom - b.Top) / 28.94f));
        Assert.Equal(onFirstPage, first);
        if (onFirstPage < lines)
        {
            var second = layout.Pages[1].Blocks.Where(b => b.BlockIndex == before).Sum(b => (int)Math.Round((b.Bottom - b.Top) / 28.94f));
            Assert.Equal(lines - onFirstPage, second);
        }
    }

    [Fact]
    public void Page_and_section_breaks_start_new_pages_without_empty_ones()
    {
        var doc = Samples.Doc(LayoutProbe.OneLine(1), new PageBreak(), new PageBreak(), LayoutProbe.OneLine(2), new SectionBreak(PageOrientation.Landscape), LayoutProbe.OneLine(3));
        var layout = LayoutProbe.Layout(doc);
        Assert.Equal(3, layout.Pages.Count);
        Assert.Equal([1, 2, 3], new[] { 0, 3, 5 }.Select(i => LayoutProbe.PagesOf(layout, i).Single()));
    }

    [Fact]
    public void A_landscape_section_turns_the_page_and_numbering_continues()
    {
        var doc = Samples.Doc(LayoutProbe.OneLine(1), new SectionBreak(PageOrientation.Landscape), Samples.Table(30, "表十"), new SectionBreak(PageOrientation.Portrait), LayoutProbe.OneLine(2));
        var layout = LayoutProbe.Layout(doc);
        var portrait = layout.Pages[0].Geometry;
        var landscape = layout.Pages[1].Geometry;
        Assert.True(portrait.Height > portrait.Width);
        Assert.Equal(portrait.Width, landscape.Height, 0.01f);
        Assert.Equal(portrait.Height, landscape.Width, 0.01f);
        // Landscape margins of the sheet: top 28 mm, left 37 mm.
        Assert.Equal(28 * 72 / 25.4f, landscape.Top, 0.01f);
        Assert.Equal(37 * 72 / 25.4f, landscape.Left, 0.01f);
        Assert.Equal(PageOrientation.Portrait, layout.Pages[^1].Geometry.Orientation);
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            Assert.EndsWith($"—{i + 1}—", LayoutProbe.PageText(layout.Pages[i]));
        }
    }

    [Fact]
    public void Page_numbers_sit_7mm_under_the_block_odd_right_even_left_one_character_in()
    {
        var layout = LayoutProbe.Layout(Samples.Doc(Lines(50)));
        Assert.Equal(3, layout.Pages.Count);
        foreach (var page in layout.Pages)
        {
            var g = page.Geometry;
            var number = page.Ops.OfType<TextOp>().Where(t => t.Baseline > g.Bottom).ToList();
            Assert.Equal($"—{page.Number}—", string.Concat(number.Select(t => t.Text)));
            var first = number[0];
            var last = number[^1];
            var left = first.Xs[0];
            var right = last.Xs[^1] + last.Face.Advance(last.CodePoints[^1]) * last.Size;
            if (page.Number % 2 == 1)
            {
                Assert.Equal(g.Right - 14, right, 0.01f);
            }
            else
            {
                Assert.Equal(g.Left + 14, left, 0.01f);
            }
            var dashTop = first.Baseline - first.Face.GlyphTop(first.CodePoints[0]) * first.Size;
            Assert.Equal(g.Bottom + 7 * 72 / 25.4f, dashTop, 0.01f);
        }
    }
}
