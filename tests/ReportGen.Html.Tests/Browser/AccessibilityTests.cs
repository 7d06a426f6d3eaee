using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ReportGen.Html.Tests.Support;
using Xunit.Abstractions;

namespace ReportGen.Html.Tests.Browser;

/// <summary>
/// axe-core audits of the page at phone width (where the table boxes scroll: the scrollable-region
/// rules apply) and of the fragment pasted into a bare page. One audit of the page takes about ten
/// seconds on a busy machine, so the desktop width is audited only by the layout tests.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityTests(Chromium chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task The_page_has_no_serious_or_critical_accessibility_violation()
    {
        const int width = 390;
        var page = await chromium.OpenAsync(Rendered.ReferencePage.Value, $"axe-page-{width}.html", width);
        try
        {
            AssertClean(await page.RunAxe(), $"page at {width} px");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_fragment_pasted_into_a_bare_page_has_no_serious_or_critical_violation_and_keeps_its_table_rules()
    {
        var page = await chromium.OpenAsync(BarePage.With(Rendered.ReferenceFragment.Value), "fragment-390.html", 390);
        try
        {
            AssertClean(await page.RunAxe(), "fragment at 390 px");
            var sizes = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
            Assert.True(sizes[0] <= sizes[1], $"the bare page with the fragment is {sizes[0]} px wide at {sizes[1]} px");
            var rule = await page.Locator("#table-5 td").First.EvaluateAsync<string>("e => getComputedStyle(e).borderTopWidth + ' ' + getComputedStyle(e).borderTopStyle");
            Assert.Equal("1px solid", rule);
            await Screenshots.SaveAsync(page, "fragment-390");
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private void AssertClean(AxeResult result, string what)
    {
        foreach (var v in result.Violations)
        {
            output.WriteLine($"{what}: {v.Impact} {v.Id} ({v.Nodes.Length} nodes): {v.Help}; first: {v.Nodes.FirstOrDefault()?.Html}");
        }
        Assert.True(result.Passes.Length > 20, $"axe passed only {result.Passes.Length} rules on the {what}: did it run?");
        var grave = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(grave.Count == 0, $"{what}: " + string.Join("\n", grave.Select(v => $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}

/// <summary>A bare page around a fragment, as a site without any style sheet of its own would show it.</summary>
internal static class BarePage
{
    public static string With(string fragment) =>
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>片段</title>\n</head>\n<body>\n<main>\n" + fragment + "</main>\n</body>\n</html>\n";
}
