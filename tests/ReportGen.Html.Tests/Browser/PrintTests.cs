using System.Text;
using Microsoft.Playwright;
using ReportGen.Core.Documents;
using ReportGen.Html.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Html.Tests.Browser;

/// <summary>The page printed by Chromium (its print style sheet): A4, numbered tables on new pages, landscape tables turned, header rows repeated.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PrintTests(Chromium chromium)
{
    [Fact]
    public async Task The_reference_prints_on_A4_with_each_numbered_table_on_a_new_page_and_wide_tables_turned()
    {
        using var pdf = PdfDocument.Open(await PrintAsync(Rendered.ReferencePage.Value, "print-reference"));
        var pages = pdf.GetPages().ToList();
        var numbered = Rendered.Reference.Value.Blocks.OfType<Table>().Where(t => t.Number is not null).ToList();
        Assert.InRange(pages.Count, numbered.Count + 4, 60);
        Assert.Equal((595, 842), Size(pages[0]));
        // Each numbered table opens a page: its number is the first word on it.
        var openers = pages.Select(p => FirstWord(p)).Where(w => w.StartsWith('表')).ToList();
        Assert.Equal(numbered.Select(t => t.Number), openers);
        var general = pages.First(p => FirstWord(p) == "表五");
        Assert.Equal((842, 595), Size(general));
        var basic = pages.First(p => FirstWord(p) == "表六");
        Assert.Equal((595, 842), Size(basic));
        Assert.Contains("2,639,803.45", Text(general));
        Assert.Contains("—1—", Text(pages[0]));
    }

    [Fact]
    public async Task A_table_longer_than_a_page_repeats_its_header_rows_on_every_printed_page()
    {
        var rows = Enumerable.Range(1, 90).Select(i => new TableRow([new TableCell($"3{i:0000}"), new TableCell($"科目第{i}行"), new TableCell($"{i},000.00")])).ToList();
        var table = new Table("表一", "很长的表", [], "部门全称：测试部门", "单位：元",
            [new ColumnSpec(CellAlign.Left), new ColumnSpec(CellAlign.Left, 3), new ColumnSpec(CellAlign.Right, 1.5) { Numeric = true }],
            [new TableRow([new TableCell("科目编码"), new TableCell("科目名称"), new TableCell("预算数")])],
            rows, []);
        var document = new Document(new DocumentInfo("长表", "测试部门", "", []), [table]);
        using var pdf = PdfDocument.Open(await PrintAsync(Rendered.Page(document), "print-long-table"));
        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 2, $"90 rows printed on {pages.Count} page");
        Assert.All(pages, p => Assert.Contains("科目编码科目名称预算数", Text(p)));
        Assert.Contains("科目第90行", Text(pages[^1]));
    }

    private async Task<byte[]> PrintAsync(string html, string name)
    {
        var page = await chromium.OpenAsync(html, name + ".html", 1280);
        try
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.Equal("table-header-group", await page.Locator("thead").First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
            var bytes = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
            await File.WriteAllBytesAsync(Path.Combine(Chromium.OutputDirectory, name + ".pdf"), bytes);
            return bytes;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>
    /// The words of a page run together, NFKC-normalised: Chromium's PDFs map a few ideographs the
    /// Noto CJK fonts share with Kangxi radicals to the radical (一 comes out as ⼀).
    /// </summary>
    private static string Text(UglyToad.PdfPig.Content.Page page) => string.Concat(page.GetWords().Select(w => w.Text)).Normalize(NormalizationForm.FormKC);

    private static string FirstWord(UglyToad.PdfPig.Content.Page page) => (page.GetWords().FirstOrDefault()?.Text ?? "").Normalize(NormalizationForm.FormKC);

    private static (int, int) Size(UglyToad.PdfPig.Content.Page page) => ((int)Math.Round(page.Width), (int)Math.Round(page.Height));
}
