using Microsoft.Playwright;
using ReportGen.Html.Tests.Support;

namespace ReportGen.Html.Tests.Browser;

/// <summary>The reference page in Chromium at desktop and phone width: the page never scrolls sideways, wide tables scroll in their own box.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class LayoutTests(Chromium chromium)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_page_does_not_scroll_sideways_but_a_wide_table_does_in_its_own_box(int width)
    {
        var page = await chromium.OpenAsync(Rendered.ReferencePage.Value, "yubei-zwfw-2024.html", width);
        try
        {
            var sizes = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
            var (scrollWidth, innerWidth) = (sizes[0], sizes[1]);
            Assert.True(scrollWidth <= innerWidth, $"at {width} px the page is {scrollWidth} px wide");
            // 表二 has 14 columns: on a phone its box scrolls (the table keeps readable columns).
            var box = page.Locator("#table-2").Locator("xpath=..");
            var boxSizes = await box.EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
            var (boxScroll, boxClient) = (boxSizes[0], boxSizes[1]);
            if (width < 600)
            {
                Assert.True(boxScroll > boxClient, $"表二's box does not scroll at {width} px ({boxScroll} ≤ {boxClient})");
            }
            await Screenshots.SaveAsync(page, $"page-{width}");
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
