using System.Diagnostics;
using System.Net;

namespace ReportGen.Web.Tests;

/// <summary>The preview follows the template folder (a private copy): an edit reaches it, a template error replaces it with its place and line.</summary>
public sealed class TemplateTests : IDisposable
{
    private readonly Site _site = new();
    private readonly SiteFactory _factory;
    private readonly HttpClient _client;

    public TemplateTests()
    {
        _factory = new SiteFactory(_site);
        _client = _factory.CreateClient();
    }

    private string Glossary => Path.Combine(_site.Templates, "sections", "06-glossary.sbn");

    /// <summary>GETs <paramref name="url"/> until its body satisfies <paramref name="done"/> (the watcher's pause and the reload take a moment; up to two minutes on a loaded CI machine).</summary>
    private async Task<string> Until(string url, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var body = await _client.GetStringAsync(url);
            if (done(body) || clock.Elapsed > TimeSpan.FromSeconds(120))
            {
                return body;
            }
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_template_edit_reaches_the_preview_and_an_error_shows_its_place_and_line_instead()
    {
        var before = await _client.GetStringAsync("/d/0/document?v=1");
        Assert.Contains("六、专业性名词解释", before);

        var text = await File.ReadAllTextAsync(Glossary);
        await File.WriteAllTextAsync(Glossary, text.Replace("# 六、专业性名词解释", "# 六、名词解释（修订稿）", StringComparison.Ordinal));
        var preview = await Until("/d/0/preview", p => p.Contains("模板第 2 版", StringComparison.Ordinal));
        Assert.Contains("模板第 2 版", preview);
        Assert.Contains("src=\"/d/0/document?v=2\"", preview);
        var after = await _client.GetStringAsync("/d/0/document?v=2");
        Assert.Contains("六、名词解释（修订稿）", after);
        Assert.DoesNotContain("六、专业性名词解释", after);

        var lines = (await File.ReadAllTextAsync(Glossary)).Split('\n').ToList();
        lines.Insert(1, "{{ 1 + }}");
        await File.WriteAllTextAsync(Glossary, string.Join('\n', lines));
        var broken = await Until("/d/0/preview", p => p.Contains("模板有错误", StringComparison.Ordinal));
        Assert.Contains("模板有错误，暂不能预览", broken);
        Assert.Contains("<code class=\"where\">templates/sections/06-glossary.sbn:2:", broken);
        Assert.Contains("<pre class=\"source\">{{ 1 + }}</pre>", broken);
        Assert.DoesNotContain("<iframe", broken);
        // Nothing old is served as if current: the document route refuses while the templates are broken.
        var document = await _client.GetAsync("/d/0/document?v=2");
        Assert.Equal(HttpStatusCode.Conflict, document.StatusCode);
        // The table says so too, for every department.
        Assert.Contains("模板文件夹 templates/ 有错误", await _client.GetStringAsync("/"));

        lines.RemoveAt(1);
        await File.WriteAllTextAsync(Glossary, string.Join('\n', lines));
        var fixedPreview = await Until("/d/0/preview", p => p.Contains("<iframe", StringComparison.Ordinal));
        Assert.Contains("<iframe class=\"document\"", fixedPreview);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _site.Dispose();
    }
}
