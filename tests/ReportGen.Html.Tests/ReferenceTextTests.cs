using AngleSharp.Html.Dom;
using ReportGen.Html.Tests.Support;
using ReportGen.Templating.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Html.Tests;

/// <summary>
/// The page against the published document (shared/reference/, when on this machine): every
/// sentence of the narrative and every cell of every table is on the page — the published 三公 2023
/// column, which is wrong, and the 表四 misprint "一般公共预算服务支出" aside (see the Templating tests).
/// </summary>
public sealed class ReferenceTextTests(ITestOutputHelper output)
{
    private static readonly string[] WrongThreePublic2023 = ["75,995,417.76", "2,000,000.00", "68,780,001.76", "6,000,000.00", "62,780,001.76", "5,215,416.00"];
    private const string Misprint = "一般公共预算服务支出";

    private static readonly Lazy<IHtmlDocument> Page = new(() => Rendered.Parse(Rendered.ReferencePage.Value));

    private bool TryReference(out string text)
    {
        text = ReferenceFile.Text() ?? "";
        if (text.Length == 0)
        {
            output.WriteLine("SKIPPED: the reference text (shared/reference/) is not on this machine.");
        }
        return text.Length > 0;
    }

    [Fact]
    public void Every_sentence_of_the_published_narrative_is_on_the_page()
    {
        if (!TryReference(out var text))
        {
            return;
        }
        var (narrative, _) = ReferenceText.Split(text);
        var main = Page.Value.QuerySelector("main")!;
        var ours = ReferenceText.Normalize(string.Concat(main.Children.TakeWhile(e => e.TagName != "NAV").Select(e => e.TextContent)));
        var sentences = ReferenceText.Sentences(narrative);
        Assert.True(sentences.Count > 60, $"only {sentences.Count} sentences read from the reference");
        var missing = sentences.Where(s => !ours.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "sentences not on the page:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_cell_of_every_published_table_is_in_the_table_of_the_same_title()
    {
        if (!TryReference(out var text))
        {
            return;
        }
        var (_, tables) = ReferenceText.Split(text);
        Assert.Equal(19, tables.Count);
        var html = PageParts.Tables(Page.Value);
        var used = new HashSet<IHtmlTableElement>();
        var problems = new List<string>();
        var compared = 0;
        foreach (var reference in tables)
        {
            var title = ReferenceText.Normalize(reference.Title);
            var match = html.FirstOrDefault(t => !used.Contains(t) && ReferenceText.Normalize(t.QuerySelector(".t-title")!.TextContent) == title);
            Assert.True(match is not null, "no table titled " + reference.Title);
            used.Add(match!);
            var columns = match!.QuerySelector("tr")!.Children.Sum(c => ((IHtmlTableCellElement)c).ColumnSpan);
            var cells = PageParts.HeaderGrid(match, columns).Concat(PageParts.BodyGrid(match, columns)).SelectMany(r => r).Select(ReferenceText.Normalize).ToHashSet();
            foreach (var cell in reference.Rows.SelectMany(r => r).Select(ReferenceText.Normalize).Where(c => c.Length > 0 && !Excused(reference, c)))
            {
                compared++;
                if (!cells.Contains(cell))
                {
                    problems.Add($"{reference.Title}: cell “{cell}” missing");
                }
            }
        }
        Assert.True(compared > 900, $"only {compared} cells compared");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static bool Excused(ReferenceText.RefTable table, string cell) =>
        cell == Misprint || (table.Title.Contains("三公", StringComparison.Ordinal) && WrongThreePublic2023.Select(ReferenceText.Normalize).Contains(cell));
}
