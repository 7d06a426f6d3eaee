using System.Text.RegularExpressions;
using ReportGen.Core.Documents;

namespace ReportGen.Pdf.Tests;

public partial class LineBreakingTests
{
    private const string Closing = "，。、；：？！）》」』】〕…%”’";
    private const string Opening = "（《「『【〔“‘";

    [Fact]
    public void Body_lines_hold_28_characters_of_the_3号_grid()
    {
        var lines = LayoutProbe.Lines(LayoutProbe.FullLines(3));
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal(28, l.Length));
    }

    [Fact]
    public void A_comma_that_would_start_a_line_takes_the_character_before_it_along()
    {
        // 28 ideographs then "，": the comma cannot start line 2, so the 28th ideograph goes down with it.
        var text = new string('政', 28) + "，务服务。";
        var lines = LayoutProbe.Lines(new Paragraph([new Run(text)], ParagraphKind.Flush));
        Assert.Equal(new string('政', 27), lines[0]);
        Assert.StartsWith("政，", lines[1]);
    }

    [Fact]
    public void An_opening_bracket_never_ends_a_line()
    {
        var text = new string('政', 27) + "（一）收入预算。";
        var lines = LayoutProbe.Lines(new Paragraph([new Run(text)], ParagraphKind.Flush));
        Assert.Equal(new string('政', 27), lines[0]);
        Assert.StartsWith("（一）", lines[1]);
    }

    [Fact]
    public void No_line_starts_with_closing_or_ends_with_opening_punctuation_at_any_offset()
    {
        for (var shift = 0; shift < 28; shift++)
        {
            var text = new string('收', shift) + string.Concat(Enumerable.Repeat("其中：一般公共预算（财政拨款）收入，占“总收入”的100%。", 6));
            var lines = LayoutProbe.Lines(new Paragraph([new Run(text)]));
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    Assert.DoesNotContain(lines[i][0], Closing);
                }
                if (i < lines.Count - 1)
                {
                    Assert.DoesNotContain(lines[i][^1], Opening);
                }
            }
        }
    }

    [Fact]
    public void Numbers_and_latin_words_are_never_split_at_any_offset()
    {
        for (var shift = 0; shift < 28; shift++)
        {
            var text = new string('支', shift) + string.Concat(Enumerable.Repeat("总收入17,625,499.55元占93.7%，较2023年减少814,031.99元，见ReportGen说明。", 5));
            var lines = LayoutProbe.Lines(new Paragraph([new Run(text)]));
            Assert.True(lines.Count > 3);
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                var joint = lines[i][^1].ToString() + lines[i + 1][0];
                Assert.False(NarrowPair().IsMatch(joint), $"line {i + 1} ends \"{lines[i]}\" and the next starts \"{lines[i + 1]}\"");
            }
            // Every number is whole on one line.
            Assert.All(lines.SelectMany(l => NumberPattern().Matches(l)).Select(m => m.Value),
                n => Assert.Contains(n, new[] { "17,625,499.55", "93.7%", "2023", "814,031.99" }));
        }
    }

    [Fact]
    public void Dash_and_ellipsis_pairs_stay_together()
    {
        for (var shift = 20; shift < 28; shift++)
        {
            var text = new string('政', shift) + "——说明……完。" + new string('务', 30);
            var lines = LayoutProbe.Lines(new Paragraph([new Run(text)], ParagraphKind.Flush));
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                Assert.False(lines[i].EndsWith('—') && lines[i + 1].StartsWith('—'));
                Assert.False(lines[i].EndsWith('…') && lines[i + 1].StartsWith('…'));
            }
        }
    }

    [Fact]
    public void Justified_lines_fill_the_text_block_except_the_last()
    {
        var layout = LayoutProbe.Layout(Samples.Doc(Samples.Body(Samples.Sentence + Samples.Sentence)));
        var page = layout.Pages[0];
        var g = page.Geometry;
        var lines = page.Ops.OfType<Layout.TextOp>().Where(t => t.Baseline < g.Bottom).GroupBy(t => t.Baseline).OrderBy(l => l.Key).ToList();
        Assert.True(lines.Count >= 3);
        foreach (var line in lines.SkipLast(1))
        {
            var last = line.Last();
            var right = last.Xs[^1] + last.Face.Advance(last.CodePoints[^1]) * last.Size;
            Assert.InRange(right, g.Right - 0.5f, g.Right + 0.5f);
        }
        var final = lines[^1].Last();
        Assert.True(final.Xs[^1] < g.Right - 100, "the last line is set flush left, not stretched");
    }

    [GeneratedRegex(@"^[0-9A-Za-z,.%][0-9A-Za-z,.%]$")]
    private static partial Regex NarrowPair();

    [GeneratedRegex(@"[0-9][0-9,.%]*")]
    private static partial Regex NumberPattern();
}
