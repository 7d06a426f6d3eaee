using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ReportGen.Web.Tests.Browser;

/// <summary>
/// The app on a real socket (Kestrel on 127.0.0.1, a free port) serving a private <see cref="Site"/>,
/// and the HTML renderer tests' Chromium (Debian's chromium driven by Playwright's bundled driver).
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    private readonly global::ReportGen.Html.Tests.Browser.Chromium _chromium = new();
    private WebApplication? _app;

    public Site Site { get; } = new();

    public string Url { get; private set; } = "";

    public IBrowser Browser => _chromium.Browser;

    /// <summary>Where the screenshots go (kept for a person to look at).</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "reportgen-web-tests")).FullName;

    public async Task InitializeAsync()
    {
        _app = WebApp.Create([], Site.Options(port: 0));
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", Url);
        await _chromium.InitializeAsync();
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true, Locale = "zh-CN" });
        // CI runs the test projects side by side on two cores (one of them publishes the program):
        // a page may take far longer than Playwright's 30 s default there. Nothing here asserts a time.
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url + path);
        return page;
    }

    public static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = false });

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Site.Dispose();
    }
}
