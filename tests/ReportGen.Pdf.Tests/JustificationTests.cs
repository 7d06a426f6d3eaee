using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Layout.Text;
using Xunit.Abstractions;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// Justified lines that read well: consecutive punctuation set compressed (CLREQ 标点挤压), no gap
/// stretched past <see cref="LineBreaker.MaxStretchEm"/>, no ink past the text block.
/// </summary>
public partial class JustificationTests(ITestOutputHelper output)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9][0-9,.]{5,}")]
    private static partial System.Text.RegularExpressions.Regex LongAmount();

    private static float BlockWidth => PageGeometry.For(Samples.Style.Page, PageOrientation.Portrait).BlockWidth;

    private static List<TextBlock> Blocks(Document document)
    {
        var fonts = Shared.Renderer.Fonts(Samples.Style, RenderOptions.Default);
        return new DocumentComposer(fonts).Compose(document).OfType<TextBlock>().ToList();
    }

    /// <summary>Each line of a justified block as placed: its text, its room and the x of every glyph.</summary>
    private static IEnumerable<(string Text, Line Line, float Room, float[] Xs, Glyph[] Glyphs)> JustifiedLines(TextBlock block)
    {
        if (block.Style.Align != TextAlign.Justify)
        {
            yield break;
        }
        var lines = block.LinesFor(BlockWidth);
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var room = BlockWidth - block.Style.Indent - (k == 0 ? block.Style.FirstIndent : 0);
            var extra = line.Last ? Math.Min(0, room - line.Width) : room - line.Width;
            yield return (LayoutProbe.Text(block.Glyphs, line), line, room, LineBreaker.Positions(block.Glyphs, line, extra), block.Glyphs);
        }
    }

    private static bool IsWesternBoundary(Glyph a, Glyph b)
    {
        static bool Han(int cp) => cp is (>= 0x3400 and <= 0x9FFF) or (>= 0x20000 and <= 0x3FFFF);
        static bool Western(int cp) => cp is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '%';
        return (Han(a.CodePoint) && Western(b.CodePoint)) || (Western(a.CodePoint) && Han(b.CodePoint));
    }

    [Theory]
    [MemberData(nameof(TableBreakingTests.Departments), MemberType = typeof(TableBreakingTests))]
    public void No_gap_of_a_justified_line_is_stretched_past_the_bound_unless_the_next_amount_cannot_come_up(string name)
    {
        var document = TableBreakingTests.Department(name);
        var worst = 0f;
        var worstLine = "";
        var lines = 0;
        var over = new List<string>();
        foreach (var block in Blocks(document))
        {
            foreach (var (text, line, room, xs, g) in JustifiedLines(block))
            {
                lines++;
                var widest = 0f;
                for (var i = line.Start; i < line.End - 1; i++)
                {
                    // What the layout put between glyph i and the next, beyond the advance the glyph was given.
                    var gap = (xs[i + 1 - line.Start] - g[i + 1].Shift - (xs[i - line.Start] - g[i].Shift) - g[i].Advance) / g[i].Size;
                    var bound = IsWesternBoundary(g[i], g[i + 1]) ? LineBreaker.MaxWesternGapEm : LineBreaker.MaxStretchEm;
                    widest = Math.Max(widest, gap - bound);
                    if (gap > worst && bound == LineBreaker.MaxStretchEm)
                    {
                        worst = gap;
                        worstLine = text;
                    }
                }
                var last = g[line.End - 1];
                var end = xs[^1] - last.Shift + last.Advance;
                Assert.True(line.Last || Math.Abs(end - room) < 0.01f || (end > room && end - room <= last.EndShrink + 0.01f), $"{name}: “{text}” does not end at the block's right edge");
                var inkRight = xs[^1] + last.Face.Ink(last.CodePoint).Right * last.Size;
                Assert.True(inkRight <= room + 0.01f, $"{name}: “{text}” draws {inkRight - room:0.00} pt past the text block");
                var first = g[line.Start];
                Assert.True(xs[0] + first.Face.Ink(first.CodePoint).Left * first.Size >= -0.01f, $"{name}: “{text}” starts left of the block");
                if (widest > 1e-4f)
                {
                    // Allowed only around a long amount that no choice of breaks can fit: one of
                    // six characters or more in the line or the two after it (the paragraph's
                    // breaks were chosen to share its slack among them).
                    var around = string.Concat(g.Skip(line.Start).Take(90).Select(x => char.ConvertFromUtf32(x.CodePoint)));
                    Assert.True(LongAmount().IsMatch(around), $"{name}: “{text}” is stretched {widest:0.000} em past the bound with no long amount near it");
                    over.Add($"“{text}” +{widest:0.000}");
                }
            }
        }
        output.WriteLine($"{name}: {lines} justified lines, widest gap between Chinese characters +{worst:0.000} em in “{worstLine}”; past the bound: {over.Count}: {string.Join("; ", over)}");
        Assert.True(lines > 50, $"{name}: only {lines} justified lines");
        Assert.True(over.Count <= lines / 7, $"{name}: {over.Count} of {lines} lines stretched past the bound");
        Assert.True(worst < 0.26f, $"{name}: “{worstLine}” is stretched by {worst:0.000} em between two characters");
    }

    [Fact]
    public void Consecutive_punctuation_is_set_compressed_on_the_page()
    {
        // One line, so nothing is stretched: only the compression moves the marks.
        const string text = "一是“放管服”改革。“网办”（“一网”含）、公开：“五公开”。";
        var layout = LayoutProbe.Layout(Samples.Doc(new Paragraph([new Run(text)], ParagraphKind.Flush)));
        var ops = layout.Pages[0].Ops.OfType<TextOp>().Where(o => o.Role == "body").ToList();
        var cps = ops.SelectMany(o => o.CodePoints).ToArray();
        var xs = ops.SelectMany(o => o.Xs).ToArray();
        var face = ops[0].Face;
        var size = ops[0].Size;
        float Pitch(int i) => xs[i + 1] - xs[i];
        int At(string pair) => Enumerable.Range(0, cps.Length - 1).FirstOrDefault(i => char.ConvertFromUtf32(cps[i]) + char.ConvertFromUtf32(cps[i + 1]) == pair, -1) is var k and >= 0
            ? k : throw new InvalidOperationException($"{pair} not in {string.Concat(cps.Select(char.ConvertFromUtf32))}");
        // A full em between two ideographs (less the sheet's tracking): the reference pitch.
        var em = Pitch(At("一是"));
        Assert.InRange(em, size * 0.95f, size * 1.01f + 0.01f);
        Assert.Single(layout.Pages[0].Ops.OfType<TextOp>().Where(o => o.Role == "body").Select(o => o.Baseline).Distinct());
        // "。“": the full stop gives up its blank right half.
        Assert.Equal(em - size / 2, Pitch(At("。“")), 0.05f);
        // "”（" and "）、": a closing mark before another mark is half-width.
        Assert.Equal(em - size / 2, Pitch(At("”（")), 0.05f);
        Assert.Equal(em - size / 2, Pitch(At("）、")), 0.05f);
        // "（“": the second opening mark loses its blank left half, so it is drawn half an em closer.
        Assert.Equal(em - size / 2, Pitch(At("（“")), 0.05f);
        // "：“": the colon is half-width, the quote's ink keeps its place before the next character.
        Assert.Equal(em - size / 2, Pitch(At("：“")), 0.05f);
        // A mark between ideographs keeps its full em.
        Assert.Equal(em, Pitch(At("革。")), 0.05f);
        Assert.True(face.Ink('。').Right <= 0.52f, $"{face}: the full stop's ink is not in the left half");
    }

    [Fact]
    public void A_closing_mark_at_the_line_end_is_set_half_width_to_take_one_more_character_in()
    {
        // Find a run of digits that leaves the line just short of half an em too wide with its comma.
        var style = Samples.Style;
        var fonts = Shared.Renderer.Fonts(style, RenderOptions.Default);
        for (var ideographs = 20; ideographs < 28; ideographs++)
        {
            for (var digits = 1; digits < 12; digits++)
            {
                var head = string.Concat(Enumerable.Range(0, ideographs).Select(i => "预算收支管理政务服务"[i % 10])) + new string('8', digits);
                var block = (TextBlock)new DocumentComposer(fonts).Compose(Samples.Doc(new Paragraph([new Run(head + "，其余文字在下一行。")], ParagraphKind.Body)))[0];
                var g = block.Glyphs;
                var room = BlockWidth - block.Style.FirstIndent;
                var natural = TextShaper.Width(g.AsSpan(0, head.Length + 1));
                if (natural <= room + 0.5f || natural > room + g[head.Length].Size / 2 - 0.5f)
                {
                    continue;
                }
                var lines = block.LinesFor(BlockWidth);
                Assert.Equal(head + "，", LayoutProbe.Text(g, lines[0]));
                var (_, _, _, xs, _) = JustifiedLines(block).First();
                var comma = g[head.Length];
                Assert.True(xs[^1] + comma.Face.Ink(comma.CodePoint).Right * comma.Size <= room + 0.01f, "the comma's ink passes the block");
                Assert.True(xs[^1] + comma.Advance > room + 0.5f, "the comma was not set half-width: the test found no line that needs it");
                return;
            }
        }
        Assert.Fail("no line found that takes one more character with a half-width comma");
    }
}
