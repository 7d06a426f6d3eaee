using ReportGen.Core.Documents;
using ReportGen.Core.Layout;
using ReportGen.Core.Rendering;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Tests;

/// <summary>Lines that read well, on the reference and generated departments: numbers with their units, no 孤字, titles whole words.</summary>
public class LineQualityTests
{
    private static bool IsNumberPart(int cp) => cp is (>= '0' and <= '9') or ',' or '.' or '%';

    private static bool IsIdeograph(int cp) => cp is (>= 0x3400 and <= 0x9FFF) or (>= 0x20000 and <= 0x3FFFF);

    private static IEnumerable<(TextBlock Block, IReadOnlyList<Line> Lines)> Paragraphs(Document document)
    {
        var fonts = Shared.Renderer.Fonts(Samples.Style, RenderOptions.Default);
        var width = PageGeometry.For(Samples.Style.Page, PageOrientation.Portrait).BlockWidth;
        return new DocumentComposer(fonts).Compose(document).OfType<TextBlock>().Select(b => (b, b.LinesFor(width)));
    }

    [Theory]
    [MemberData(nameof(TableBreakingTests.Departments), MemberType = typeof(TableBreakingTests))]
    public void No_number_is_split_from_its_unit_and_no_paragraph_ends_with_one_character_alone(string name)
    {
        var document = TableBreakingTests.Department(name);
        var paragraphs = Paragraphs(document).ToList();
        var checkedLines = 0;
        foreach (var (block, lines) in paragraphs)
        {
            var g = block.Glyphs;
            foreach (var line in lines.Where(l => !l.Last && l.End > l.Start && l.Next < g.Length))
            {
                checkedLines++;
                var last = g[line.End - 1].CodePoint;
                var next = g[line.Next].CodePoint;
                Assert.False(IsNumberPart(last) && IsIdeograph(next),
                    $"{name}: “{LayoutProbe.Text(g, line)}” / “{char.ConvertFromUtf32(next)}…”: a number split from its unit");
            }
            if (lines.Count > 1)
            {
                Assert.True(LineBreaker.Marks(g, lines[^1]) > 1, $"{name}: a paragraph ends with “{LayoutProbe.Text(g, lines[^1])}” alone on its last line");
            }
        }
        Assert.True(checkedLines > 50, $"{name}: only {checkedLines} lines");
    }

    [Theory]
    [InlineData("重庆市渝北区综合行政执法局关于城市管理综合行政执法")]
    [InlineData("重庆市渝北区人民代表大会常务委员会办公室机关服务中心")]
    public void A_long_title_line_breaks_between_words(string line)
    {
        var document = Samples.Doc(new TitleBlock([line, "2024年部门预算情况说明"]), Samples.Body("正文。"));
        var (block, lines) = Paragraphs(document).First();
        Assert.True(lines.Count > 1);
        var text = string.Concat(block.Glyphs.Select(g => char.ConvertFromUtf32(g.CodePoint)));
        var ends = ChineseWords.WordEnds(text);
        Assert.All(lines.Where(l => !l.Last), l => Assert.True(ends[l.Next - 1], $"“{text}” broken after “{text[..l.Next]}”"));
        Assert.DoesNotContain(lines, l => LayoutProbe.Text(block.Glyphs, l).EndsWith("综", StringComparison.Ordinal));
    }

    [Fact]
    public void The_line_before_a_lone_last_character_gives_it_company()
    {
        // 28 characters a line: 29 characters leave one alone without the rule.
        var text = string.Concat(Enumerable.Range(0, 29).Select(i => "预算收支管理政务服务"[i % 10]));
        var lines = LayoutProbe.Lines(new Paragraph([new Run(text)], ParagraphKind.Flush));
        Assert.Equal(2, lines.Count);
        Assert.Equal(29, lines.Sum(l => l.Length));
        Assert.True(lines[1].Length >= 2, string.Join("/", lines));
    }

    [Fact]
    public void A_number_and_its_unit_go_down_together()
    {
        // The amount ends exactly at the line end: without the rule "元" would start the next line.
        var lead = string.Concat(Enumerable.Range(0, 21).Select(i => "预算收支管理政务服务"[i % 10]));
        var lines = LayoutProbe.Lines(new Paragraph([new Run(lead + "1,234.5元，另有公务用车1辆。")], ParagraphKind.Flush));
        Assert.Contains(lines, l => l.StartsWith("1,234.5元", StringComparison.Ordinal) || l.Contains("1,234.5元", StringComparison.Ordinal));
    }
}
