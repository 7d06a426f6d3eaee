using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using ReportGen.Core.Rendering;
using ReportGen.Pipeline;

namespace ReportGen.Web.Tests;

/// <summary>Every endpoint through WebApplicationFactory: the pages' content, the downloads' bytes, the live events, and what is refused.</summary>
public sealed class EndpointTests : IClassFixture<EndpointTests.Fixture>
{
    private readonly Fixture _fixture;
    private readonly HttpClient _client;

    public EndpointTests(Fixture fixture)
    {
        _fixture = fixture;
        _client = fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public sealed class Fixture : IDisposable
    {
        public Site Site { get; } = new();

        public SiteFactory Factory { get; }

        public Fixture() => Factory = new SiteFactory(Site);

        public void Dispose()
        {
            Factory.Dispose();
            Site.Dispose();
        }
    }

    private async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> Get(string url)
    {
        var response = await _client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task The_folder_table_lists_each_department_with_its_checks_and_sorts_by_errors()
    {
        var (status, body, _) = await Get("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("共 2 个部门：1 个可以生成，1 个有错误", body);
        var valid = body.IndexOf(Site.Valid, StringComparison.Ordinal);
        var broken = body.IndexOf(Site.Broken, StringComparison.Ordinal);
        Assert.True(valid > 0 && broken > valid, "by name: a-valid before b-broken");
        Assert.Contains("<span class=\"badge error\">有错误</span>", body);
        Assert.Contains("需重新生成</span> <span class=\"why\">", body);

        var (_, sorted, _) = await Get("/?sort=errors&dir=desc");
        Assert.True(sorted.IndexOf(Site.Broken, StringComparison.Ordinal) < sorted.IndexOf(Site.Valid, StringComparison.Ordinal), "most errors first");
        Assert.Contains("aria-sort=\"descending\"><a href=\"/?sort=errors&amp;dir=asc\">错误 ▼", sorted);
        // An unknown column is not an error: the table stays in name order.
        var (_, unknown, _) = await Get("/?sort=../../etc&dir=sideways");
        Assert.True(unknown.IndexOf(Site.Valid, StringComparison.Ordinal) < unknown.IndexOf(Site.Broken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_department_with_an_error_lists_it_with_its_line_path_and_figures_and_offers_no_download()
    {
        var (status, body, _) = await Get("/d/1");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<code class=\"where\">{Site.Broken}:{_fixture.Site.BrokenLine}:", body);
        Assert.Contains("<code class=\"path\">$.procurement[0].total</code>", body);
        Assert.Contains("政府采购合计应为 1,200,000.00 元", body);
        Assert.Contains("相差 1.00 元", body);
        Assert.DoesNotContain("/download/pdf", body);

        var (refused, message, _) = await Get("/d/1/download/pdf");
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Contains("有 1 个错误，未生成文档：政府采购合计应为 1,200,000.00 元", message);
    }

    [Fact]
    public async Task The_valid_department_offers_preview_and_four_downloads()
    {
        var (_, body, _) = await Get("/d/0");
        Assert.Contains("<span class=\"badge", body);
        foreach (var format in new[] { "docx", "pdf", "xlsx", "html" })
        {
            Assert.Contains($"href=\"/d/0/download/{format}\"", body);
        }
        var (status, preview, _) = await Get("/d/0/preview");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<iframe class=\"document\" id=\"document\"", preview);
        Assert.Contains("sandbox=\"\"", preview);
        Assert.Contains("src=\"/d/0/document?v=", preview);

        var (docStatus, document, response) = await Get("/d/0/document?v=1");
        Assert.Equal(HttpStatusCode.OK, docStatus);
        Assert.Contains("重庆市渝北区政务服务管理办公室", document);
        Assert.Contains("2024年部门预算情况说明", document);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("sandbox;", csp);
        Assert.Contains("default-src 'none'", csp);
        Assert.DoesNotContain("script-src", csp);
    }

    [Fact]
    public async Task Downloads_are_the_bytes_reportgen_build_writes()
    {
        var response = await _client.GetAsync("/d/0/download/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("a-valid.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var served = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), served[..4]);

        // The batch of `reportgen build DATA/a-valid.json --out OTHER --format docx,pdf,xlsx,html`, through the same library.
        var other = Directory.CreateDirectory(Path.Combine(_fixture.Site.Root, "build-out")).FullName;
        var renderers = _fixture.Factory.Services.GetServices<IDocumentRenderer>().ToList();
        var selected = Workspace.Formats.Select(f => renderers.Single(r => r.Format == f)).ToList();
        var templates = ReportGen.Templating.Hosting.TemplateSet.Load(_fixture.Site.Templates, "templates");
        var stylePath = Path.Combine(_fixture.Site.Templates, "style.json");
        var render = PipelineSetup.RenderOptionsFromEnvironment();
        var validation = ReportGen.Core.Validation.ValidationOptions.Default;
        var pipeline = new DocumentPipeline(new ReportGen.Templating.TemplateRenderer(templates), PipelineSetup.LoadStyle(stylePath), selected, render, validation);
        var fingerprint = BuildFingerprint.Compute(_fixture.Site.Templates, stylePath, selected, validation, render);
        var exit = BatchBuild.Run(pipeline, fingerprint, new BatchOptions { OutDir = other, Formats = Workspace.Formats, Jobs = 1 },
            [Path.Combine(_fixture.Site.Data, Site.Valid)], false, TextWriter.Null, TextWriter.Null, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(other, "a-valid.pdf")), served);

        var docx = await _client.GetByteArrayAsync("/d/0/download/docx");
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(other, "a-valid.docx")), docx);
        // The download went through the manifest: the table now says the department is current, with its pages.
        var (_, table, _) = await Get("/");
        Assert.Contains("<span class=\"badge ok\">已是最新</span>", table);
    }

    [Theory]
    [InlineData("/d/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/d/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/d/0/download/..%2F..%2Fdata%2Fa-valid.json")]
    [InlineData("/d/0/download/%2Fetc%2Fpasswd")]
    [InlineData("/d/0/download/json")]
    [InlineData("/d/0/download/txt")]
    [InlineData("/d/2")]
    [InlineData("/d/-1")]
    [InlineData("/d/99999999999")]
    [InlineData("/d/2/download/pdf")]
    [InlineData("/u/1")]
    [InlineData("/u/0/preview")]
    [InlineData("/etc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/data/a-valid.json")]
    [InlineData("/a-valid.json")]
    [InlineData("/out/.reportgen-manifest.json")]
    [InlineData("/static/..%2F..%2Ftemplates%2Fstyle.json")]
    [InlineData("/static/page.css")]
    [InlineData("/templates/document.sbn")]
    public async Task Requests_naming_other_files_or_unknown_departments_get_nothing(string url)
    {
        var (status, body, _) = await Get(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1>找不到", body.Replace("无法完成请求", "找不到", StringComparison.Ordinal));
        Assert.DoesNotContain("procurement", body);
        Assert.DoesNotContain("root:", body);
        Assert.DoesNotContain("include \"helpers.sbn\"", body);
    }

    [Fact]
    public async Task Upload_keeps_the_file_in_the_working_folder_and_shows_its_problems()
    {
        var (_, home, _) = await Get("/");
        var broken = await File.ReadAllBytesAsync(Path.Combine(_fixture.Site.Data, Site.Broken));
        var response = await _client.PostAsync("/upload", Form(Site.Token(home), broken, "../../../etc/部门 数据.json"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/u/[0-9]+$", location);
        var (_, page, _) = await Get(location);
        // Only the sent name's last part, reduced to letters and digits, names the documents; the path is dropped.
        Assert.Contains("<h1>部门数据.json</h1>", page);
        Assert.Contains("政府采购合计应为 1,200,000.00 元", page);
        Assert.Contains("上传修改后的文件", page);
        var kept = Directory.GetFiles(Path.Combine(_fixture.Site.Work, "uploads"), "*.json", SearchOption.AllDirectories);
        Assert.Contains(kept, f => File.ReadAllBytes(f).SequenceEqual(broken));
        Assert.DoesNotContain(kept, f => !Path.GetFullPath(f).StartsWith(Path.GetFullPath(_fixture.Site.Work), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_without_the_anti_forgery_token_is_refused()
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent("{}"u8.ToArray()), "file", "x.json" } };
        var response = await _client.PostAsync("/upload", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("表单缺少有效的安全校验码", await response.Content.ReadAsStringAsync());

        var (_, home, _) = await Get("/");
        var wrong = await _client.PostAsync("/upload", Form(Site.Token(home)[..^4] + "AAAA", "{}"u8.ToArray(), "x.json"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    /// <summary>A form cut off in transit, or without its boundary, to either form endpoint.</summary>
    public static TheoryData<string, string> MalformedForms => new()
    {
        { "/upload", "cut" },
        { "/upload", "no-boundary" },
        { "/rebuild", "cut" },
        { "/rebuild", "no-boundary" },
    };

    [Theory]
    [MemberData(nameof(MalformedForms))]
    public async Task A_malformed_form_is_a_400_in_chinese_and_nothing_is_kept(string endpoint, string damage)
    {
        var (_, home, _) = await Get("/");
        var uploads = Path.Combine(_fixture.Site.Work, "uploads");
        var before = Directory.Exists(uploads) ? Directory.GetFiles(uploads, "*", SearchOption.AllDirectories).Length : 0;
        var body = await Form(Site.Token(home), "{\"a\": 1}"u8.ToArray(), "x.json").ReadAsByteArrayAsync();
        var content = new ByteArrayContent(damage == "cut" ? body[..(body.Length / 2)] : body);
        content.Headers.TryAddWithoutValidation("Content-Type", damage == "cut" ? "multipart/form-data; boundary=\"" + Boundary(body) + "\"" : "multipart/form-data");

        var response = await _client.PostAsync(endpoint, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("收到的表单格式不正确或不完整（可能上传中断了），未保存任何内容。", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, Directory.Exists(uploads) ? Directory.GetFiles(uploads, "*", SearchOption.AllDirectories).Length : 0);
    }

    /// <summary>The boundary of a multipart body: its first line without the leading "--".</summary>
    private static string Boundary(byte[] body) => System.Text.Encoding.ASCII.GetString(body, 2, Array.IndexOf(body, (byte)'\r') - 2);

    [Fact]
    public async Task Upload_over_the_limit_is_refused_and_not_kept()
    {
        var (_, home, _) = await Get("/");
        var before = Directory.Exists(Path.Combine(_fixture.Site.Work, "uploads")) ? Directory.GetFiles(Path.Combine(_fixture.Site.Work, "uploads"), "*", SearchOption.AllDirectories).Length : 0;
        var response = await _client.PostAsync("/upload", Form(Site.Token(home), new byte[WebOptions.DefaultMaxUploadBytes + 1], "big.json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("上传的文件超过 10 MB 的上限，未保存", await response.Content.ReadAsStringAsync());
        var after = Directory.Exists(Path.Combine(_fixture.Site.Work, "uploads")) ? Directory.GetFiles(Path.Combine(_fixture.Site.Work, "uploads"), "*", SearchOption.AllDirectories).Length : 0;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_workbook_upload_is_imported_and_what_it_cannot_hold_is_listed()
    {
        // The published workbook as the XLSX writer makes it from the reference: its figures import, its texts cannot.
        var workbook = await _client.GetByteArrayAsync("/d/0/download/xlsx");
        var (_, home, _) = await Get("/");
        var response = await _client.PostAsync("/upload", Form(Site.Token(home), workbook, "渝北区政务服务办.xlsx"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page, _) = await Get(response.Headers.Location!.OriginalString);
        Assert.Contains("<h1>渝北区政务服务办.xlsx</h1>", page);
        Assert.Contains("待填写", page);
        Assert.Contains("<code class=\"where\">渝北区政务服务办.json", page);
        Assert.DoesNotContain("/download/pdf", page);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains($"href=\"{location}/data\"", page);
        var data = await _client.GetStringAsync(location + "/data");
        Assert.Contains("\"name\": \"重庆市渝北区政务服务管理办公室\"", data);
        Assert.Contains("【待填写】", data);
        // Validated once, by the import: every value still to fill is listed once, as the loader would word it,
        // and the page comes from the import's check, not from reading the data file again (a file spoilt
        // on disk changes nothing).
        var unfilled = System.Text.RegularExpressions.Regex.Matches(page, "尚未填写：[^<]*").Select(m => m.Value).ToList();
        Assert.True(unfilled.Count > 5, page);
        Assert.Equal(unfilled.Count, unfilled.Distinct().Count());
        Assert.Equal(System.Text.RegularExpressions.Regex.Matches(data, "【待填写】").Count, unfilled.Count);
        var dataFile = Directory.GetFiles(Path.Combine(_fixture.Site.Work, "uploads"), "渝北区政务服务办.json", SearchOption.AllDirectories).Single();
        await File.WriteAllTextAsync(dataFile, "{");
        var (_, again, _) = await Get(location);
        static string Findings(string html) => html[html.IndexOf("<h2>校验结果</h2>", StringComparison.Ordinal)..html.IndexOf("</section>", html.IndexOf("<h2>校验结果</h2>", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Equal(Findings(page), Findings(again));

        var broken = await _client.PostAsync("/upload", Form(Site.Token(home), "not a workbook"u8.ToArray(), "坏的.xlsx"));
        var (_, failed, _) = await Get(broken.Headers.Location!.OriginalString);
        Assert.Contains("<code class=\"where\">坏的.xlsx</code>", failed);
        Assert.Contains("无法读取工作簿", failed);
        var (noData, _, _) = await Get(broken.Headers.Location!.OriginalString + "/data");
        Assert.Equal(HttpStatusCode.NotFound, noData);
    }

    [Fact]
    public async Task Upload_of_another_file_type_is_refused_in_Chinese()
    {
        var (_, home, _) = await Get("/");
        var response = await _client.PostAsync("/upload", Form(Site.Token(home), "<html>"u8.ToArray(), "page.html"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("请上传部门预算数据文件（.json）或预算公开表工作簿（.xlsx、.xls）", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Rebuild_runs_the_build_batch_and_streams_its_progress()
    {
        var (_, home, _) = await Get("/");
        var refused = await _client.PostAsync("/rebuild", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var response = await _client.PostAsync("/rebuild", new FormUrlEncodedContent([new("__RequestVerificationToken", Site.Token(home))]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/build", response.Headers.Location!.OriginalString);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var events = await _client.GetStringAsync("/events/build", cancel.Token);
        Assert.Contains("event: progress\ndata: 2/2\n", events);
        Assert.Contains("失败 " + Path.Combine(_fixture.Site.Data, Site.Broken), events);
        Assert.Contains("data: 汇总：共 2 个部门", events);
        Assert.EndsWith("event: done\ndata: 1\n\n", events);
        Assert.True(File.Exists(Path.Combine(_fixture.Site.Out, "a-valid.pdf")));
        Assert.False(File.Exists(Path.Combine(_fixture.Site.Out, "b-broken.pdf")));

        var (_, progress, _) = await Get("/build");
        Assert.Contains("生成完成，但有部门因错误未生成", progress);
        var (_, table, _) = await Get("/");
        Assert.Contains("<span class=\"badge ok\">已是最新</span>", table);
    }

    [Fact]
    public async Task Template_events_announce_the_current_version()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await _client.GetAsync("/events/templates", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        Assert.Equal("event: templates", await reader.ReadLineAsync(cancel.Token));
        Assert.Matches("^data: [0-9]+$", await reader.ReadLineAsync(cancel.Token));
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_no_inline_script()
    {
        var (_, body, response) = await Get("/");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.DoesNotContain("<script>", body);
        Assert.Contains("<script src=\"/static/app.js\" defer></script>", body);
        Assert.Contains("EventSource(\"/events/templates\")", await _client.GetStringAsync("/static/app.js"));
        Assert.Contains("--accent", await _client.GetStringAsync("/static/app.css"));
    }

    [Fact]
    public async Task Wrong_methods_and_the_empty_build_page_answer_in_Chinese()
    {
        var (status, body, _) = await Get("/upload");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Contains("不支持这种请求方式", body);
        Assert.DoesNotContain("Exception", body);
    }

    private static MultipartFormDataContent Form(string token, byte[] file, string name)
    {
        var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(part, "file", name);
        return content;
    }
}
