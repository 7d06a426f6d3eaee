using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReportGen.Core.Rendering;
using ReportGen.Pipeline;
using static ReportGen.Web.Html;

namespace ReportGen.Web;

/// <summary>
/// The web app of <c>reportgen serve</c>: minimal APIs writing server-rendered pages, bound to
/// 127.0.0.1. Every page addresses a department by its number in the server's own listing; no route
/// takes a path, so no request can name a file. Forms carry an anti-forgery token; errors are Chinese
/// pages; every response carries a content security policy without inline script.
/// </summary>
public static class WebApp
{
    private const string PageCsp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    // The document itself: its own inline styles, no script at all, sandboxed, shown only inside the app.
    private const string DocumentCsp = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    /// <summary>The app, options from configuration section <c>ReportGen</c> unless <paramref name="options"/> is given.</summary>
    public static WebApplication Create(string[] args, WebOptions? options = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Never the developer exception page (it shows stack traces): errors are Chinese pages.
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A port already in use is reported by `reportgen serve` in Chinese; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        // The antiforgery's note that it set no-cache headers is printed on every page: English noise in the console.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Antiforgery", LogLevel.Error);
        if (options is not null)
        {
            builder.Services.AddSingleton(options);
        }
        else
        {
            builder.Services.AddSingleton(sp => WebOptions.From(sp.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()));
        }
        builder.Services.AddSingleton<IDocumentRenderer, Docx.DocxRenderer>();
        builder.Services.AddSingleton<IDocumentRenderer, Pdf.PdfRenderer>();
        builder.Services.AddSingleton<IDocumentRenderer, Xlsx.XlsxRenderer>();
        builder.Services.AddSingleton<IDocumentRenderer, ReportGen.Html.HtmlRenderer>();
        builder.Services.AddSingleton<Workspace>();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "reportgen-antiforgery";
            o.HeaderName = null;
        });
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = WebOptions.DefaultMaxUploadBytes);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var port = options?.Port ?? WebOptions.From(context.Configuration).Port;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        configure?.Invoke(builder);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await WritePage(context, Message("出错了", "处理请求时出现意外错误，请返回重试；如果一再出现，请把运行 reportgen serve 的窗口中的信息告诉维护人员。"));
        }));
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            var text = context.Response.StatusCode switch
            {
                404 => "找不到所请求的页面或文件。",
                405 => "不支持这种请求方式。",
                413 => "上传的文件太大。",
                _ => $"请求未能完成（状态码 {context.Response.StatusCode}）。",
            };
            await WritePage(context, Message("无法完成请求", text));
        });
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = PageCsp;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.CacheControl = "no-store";
            await next(context);
        });

        app.MapGet("/static/app.css", () => Resource("app.css", "text/css; charset=utf-8"));
        app.MapGet("/static/app.js", () => Resource("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/", Pages.Home);
        app.MapGet("/d/{index:int}", (int index, HttpContext context, Workspace ws, IAntiforgery af) =>
            ws.FolderDepartment(index) is { } d ? Pages.Department(d, context, ws, af) : NotFound());
        app.MapGet("/u/{number:int}", (int number, HttpContext context, Workspace ws, IAntiforgery af) =>
            ws.Upload(number) is { } d ? Pages.Department(d, context, ws, af) : NotFound());
        app.MapGet("/d/{index:int}/preview", async (int index, Workspace ws) =>
            ws.FolderDepartment(index) is { } d ? await Pages.Preview(d, ws) : NotFound());
        app.MapGet("/u/{number:int}/preview", async (int number, Workspace ws) =>
            ws.Upload(number) is { } d ? await Pages.Preview(d, ws) : NotFound());
        app.MapGet("/d/{index:int}/document", async (int index, HttpContext context, Workspace ws) =>
            ws.FolderDepartment(index) is { } d ? await PreviewDocument(d, context, ws) : NotFound());
        app.MapGet("/u/{number:int}/document", async (int number, HttpContext context, Workspace ws) =>
            ws.Upload(number) is { } d ? await PreviewDocument(d, context, ws) : NotFound());
        app.MapGet("/d/{index:int}/download/{format}", async (int index, string format, HttpContext context, Workspace ws) =>
            ws.FolderDepartment(index) is { } d ? await Download(d, format, context, ws) : NotFound());
        app.MapGet("/u/{number:int}/download/{format}", async (int number, string format, HttpContext context, Workspace ws) =>
            ws.Upload(number) is { } d ? await Download(d, format, context, ws) : NotFound());
        // The data file a workbook upload became (with its 【待填写】 placeholders), to fill in and upload again.
        app.MapGet("/u/{number:int}/data", (int number, Workspace ws) =>
            ws.Upload(number) is { Imported: not null, ImportFailed: false } d
                ? Results.File(File.ReadAllBytes(d.Input), "application/json", Path.GetFileName(d.Input))
                : NotFound());
        app.MapPost("/upload", Upload);
        app.MapPost("/rebuild", Rebuild);
        app.MapGet("/build", Pages.Build);
        app.MapGet("/events/templates", TemplateEvents);
        app.MapGet("/events/build", BuildEvents);
    }

    public static IResult NotFound() =>
        Results.Content(Message("找不到", "找不到所请求的部门或文件：它不在本工具列出的部门中。"), "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);

    public static IResult Problem(int status, string title, string message, string? back = "/") =>
        Results.Content(Message(title, message, back), "text/html; charset=utf-8", Encoding.UTF8, status);

    private static async Task WritePage(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html);
    }

    private static IResult Resource(string name, string contentType)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportGen.Web." + name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return Results.Bytes(memory.ToArray(), contentType);
    }

    private static async Task<IResult> PreviewDocument(Department department, HttpContext context, Workspace ws)
    {
        var (check, page) = await ws.PreviewAsync(department);
        if (page is null)
        {
            return Problem(StatusCodes.Status409Conflict, "无法预览", check.Errors > 0 ? $"有 {check.Errors} 个错误，无法生成预览。" : "无法生成预览。", null);
        }
        context.Response.Headers.ContentSecurityPolicy = DocumentCsp;
        context.Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Results.File(await File.ReadAllBytesAsync(page), "text/html; charset=utf-8");
    }

    private static async Task<IResult> Download(Department department, string format, HttpContext context, Workspace ws)
    {
        if (!Workspace.Formats.Contains(format))
        {
            return NotFound();
        }
        var (file, problems) = await ws.DocumentAsync(department, format, context.RequestAborted);
        if (file is null)
        {
            var first = problems.FirstOrDefault(p => p.IsError);
            return Problem(StatusCodes.Status409Conflict, "未生成文档",
                $"有 {problems.Count(p => p.IsError)} 个错误，未生成文档{(first is null ? "" : "：" + first.Message)}。请在部门页查看全部问题。", department.Url);
        }
        var type = format switch
        {
            "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pdf" => "application/pdf",
            _ => "text/html; charset=utf-8",
        };
        // Downloaded, never shown in the app's origin: an attachment, whatever its type.
        return Results.File(await File.ReadAllBytesAsync(file, context.RequestAborted), type, Path.GetFileName(file));
    }

    /// <summary>Checks the form's anti-forgery token; a missing or wrong token is refused with a Chinese message.</summary>
    private static async Task<IResult?> Refused(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Problem(StatusCodes.Status400BadRequest, "表单已失效", "表单缺少有效的安全校验码（可能已过期，或来自其他网站）。请刷新页面后重新提交。");
        }
    }

    private static async Task<IResult> Upload(HttpContext context, Workspace ws, IAntiforgery antiforgery)
    {
        var limit = ws.MaxUploadBytes;
        var tooLarge = Problem(StatusCodes.Status413PayloadTooLarge, "文件太大", $"上传的文件超过 {limit / 1024 / 1024} MB 的上限，未保存。");
        // The form's own fields and boundaries add a little to the file.
        if (context.Request.ContentLength > limit + 64 * 1024)
        {
            return tooLarge;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + 64 * 1024;
        }
        if (!context.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "没有文件", "请在表单中选择要上传的数据文件。");
        }
        var (form, malformed) = await ReadForm(context, limit);
        if (form is null)
        {
            return malformed ? MalformedForm : tooLarge;
        }
        if (await Refused(context, antiforgery) is { } refused)
        {
            return refused;
        }
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Problem(StatusCodes.Status400BadRequest, "没有文件", "请选择要上传的数据文件（.json）。");
        }
        if (file.Length > limit)
        {
            return tooLarge;
        }
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (extension is ".xlsx" or ".xls")
        {
            await using var workbook = file.OpenReadStream();
            var imported = await ws.AddWorkbookAsync(file.FileName, extension, workbook, context.RequestAborted);
            return Results.Redirect(imported.Url, permanent: false, preserveMethod: false);
        }
        if (extension != ".json")
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "文件类型不对", "请上传部门预算数据文件（.json）或预算公开表工作簿（.xlsx、.xls）。");
        }
        await using var content = file.OpenReadStream();
        var department = await ws.AddUploadAsync(file.FileName, content, context.RequestAborted);
        return Results.Redirect(department.Url, permanent: false, preserveMethod: false);
    }

    private static IResult MalformedForm => Problem(StatusCodes.Status400BadRequest, "表单不完整", "收到的表单格式不正确或不完整（可能上传中断了），未保存任何内容。请刷新页面后重新提交。");

    /// <summary>
    /// The posted form, or null and whether it was malformed (a missing boundary, a body cut off) rather
    /// than too large. A form the parser cannot read is the sender's fault: a 400 in Chinese, never a 500.
    /// </summary>
    private static async Task<(IFormCollection? Form, bool Malformed)> ReadForm(HttpContext context, long limit)
    {
        try
        {
            return (await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, context.RequestAborted), false);
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode != StatusCodes.Status413PayloadTooLarge);
        }
        catch (InvalidDataException e)
        {
            return (null, !e.Message.Contains("length limit", StringComparison.Ordinal));
        }
        catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
        {
            return (null, true);
        }
    }

    private static async Task<IResult> Rebuild(HttpContext context, Workspace ws, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "表单已失效", "表单缺少有效的安全校验码。请刷新页面后重新提交。");
        }
        if (await ReadForm(context, 64 * 1024) is not ({ } form, _))
        {
            return MalformedForm;
        }
        if (await Refused(context, antiforgery) is { } refused)
        {
            return refused;
        }
        ws.StartRebuild(force: form["force"] == "1");
        return Results.Redirect("/build");
    }

    /// <summary>Server-sent events: the template folder's version, now and after each change (the preview reloads when it moves).</summary>
    private static async Task TemplateEvents(HttpContext context, Workspace ws, IHostApplicationLifetime lifetime)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        StartEvents(context);
        var sent = 0;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var version = ws.Templates.Current.Version;
                if (version != sent)
                {
                    await SendEvent(context, "templates", version.ToString(CultureInfo.InvariantCulture), cancel.Token);
                    sent = version;
                }
                await Task.Delay(100, cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
    }

    /// <summary>Server-sent events of the running rebuild: its lines, progress "done/total", then "done" with the exit code.</summary>
    private static async Task BuildEvents(HttpContext context, Workspace ws, IHostApplicationLifetime lifetime)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        StartEvents(context);
        try
        {
            if (ws.Build is not { } job)
            {
                await SendEvent(context, "none", "", cancel.Token);
                return;
            }
            var sent = 0;
            var progress = -1;
            while (true)
            {
                var (lines, done, exit) = job.Since(sent);
                foreach (var line in lines)
                {
                    await SendEvent(context, "line", line, cancel.Token);
                }
                sent += lines.Count;
                if (done != progress)
                {
                    await SendEvent(context, "progress", $"{done}/{job.Total}", cancel.Token);
                    progress = done;
                }
                if (exit is int code)
                {
                    await SendEvent(context, "done", code.ToString(CultureInfo.InvariantCulture), cancel.Token);
                    return;
                }
                await Task.Delay(100, cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping.
        }
    }

    private static void StartEvents(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
    }

    private static async Task SendEvent(HttpContext context, string name, string data, CancellationToken cancel)
    {
        var text = new StringBuilder("event: ").Append(name).Append('\n');
        foreach (var line in data.Split('\n'))
        {
            text.Append("data: ").Append(line).Append('\n');
        }
        await context.Response.WriteAsync(text.Append('\n').ToString(), cancel);
        await context.Response.Body.FlushAsync(cancel);
    }
}
