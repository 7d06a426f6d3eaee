using Microsoft.Playwright;

namespace ReportGen.Html.Tests.Browser;

/// <summary>
/// One Chromium for all browser tests: Debian's chromium driven by Playwright's bundled driver (it
/// needs no download; <c>scripts/setup.sh</c> installs the browser). Pages are loaded from files so
/// that in-page anchors and print behave as on a web server.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/lib/chromium/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started");

    /// <summary>Where the tests write the pages they open and their screenshots (kept for a look).</summary>
    public static string OutputDirectory { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "reportgen-html-tests")).FullName;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: run scripts/setup.sh (it installs Debian's chromium)");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    /// <summary>Writes <paramref name="html"/> to a file and opens it in a new page <paramref name="width"/> CSS pixels wide.</summary>
    public async Task<IPage> OpenAsync(string html, string fileName, int width, int height = 900)
    {
        var path = Path.Combine(OutputDirectory, fileName);
        await File.WriteAllTextAsync(path, html);
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        // Under CI the test projects share two cores: wait as long as it takes (nothing here asserts a time).
        page.SetDefaultTimeout(180_000);
        page.SetDefaultNavigationTimeout(180_000);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.EvaluateAsync("() => document.fonts.ready");
        return page;
    }
}

/// <summary>Screenshots for a person to look at.</summary>
public static class Screenshots
{
    /// <summary>
    /// The whole page as slices of at most <paramref name="sliceHeight"/> pixels
    /// (<c>NAME-01.png</c> …), each small enough to view; returns the files.
    /// </summary>
    public static async Task<List<string>> SaveAsync(IPage page, string name, int sliceHeight = 1800)
    {
        var height = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollHeight");
        var width = page.ViewportSize!.Width;
        var files = new List<string>();
        for (var (top, i) = (0, 1); top < height; top += sliceHeight, i++)
        {
            var path = Path.Combine(Chromium.OutputDirectory, $"{name}-{i:00}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = path,
                FullPage = true,
                Clip = new Clip { X = 0, Y = top, Width = width, Height = Math.Min(sliceHeight, height - top) },
            });
            files.Add(path);
        }
        return files;
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
