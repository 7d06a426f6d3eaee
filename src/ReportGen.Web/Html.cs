using System.Globalization;
using System.Net;
using System.Text;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Web;

/// <summary>The app's pages, written on the server (no script builds them; app.js only follows live events).</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A whole page: header with the app's name and navigation, then <paramref name="body"/>.</summary>
    public static string Page(string title, string body, string bodyAttributes = "") => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} · 部门预算情况说明</title>
        <link rel="stylesheet" href="/static/app.css">
        <script src="/static/app.js" defer></script>
        </head>
        <body{bodyAttributes}>
        <header class="bar"><div class="wrap">
        <a class="brand" href="/">部门预算情况说明 · 生成与审核</a>
        <nav><a href="/">部门列表</a><a href="/build">生成进度</a></nav>
        </div></header>
        <main class="wrap">
        {body}
        </main>
        <footer class="wrap foot">本工具只在本机运行（127.0.0.1），数据不离开这台电脑。</footer>
        </body>
        </html>
        """;

    /// <summary>A page that only says what went wrong, in Chinese (never a stack trace).</summary>
    public static string Message(string title, string message, string? back = "/") =>
        Page(title, $"""
            <section class="card problem-page">
            <h1>{E(title)}</h1>
            <p>{E(message)}</p>
            {(back is null ? "" : $"<p><a class=\"button\" href=\"{E(back)}\">返回</a></p>")}
            </section>
            """);

    /// <summary>The upload form (multipart, with the anti-forgery token).</summary>
    public static string UploadForm(string token, string fieldName, long maxBytes, string heading) => $"""
        <form class="upload" method="post" action="/upload" enctype="multipart/form-data">
        <input type="hidden" name="{E(fieldName)}" value="{E(token)}">
        <label for="file">{E(heading)}</label>
        <input id="file" name="file" type="file" accept=".json,.xlsx,.xls" required>
        <button type="submit">上传并检查</button>
        <span class="hint">JSON 数据文件或预算公开表工作簿（.xlsx、.xls），不超过 {maxBytes / 1024 / 1024} MB</span>
        </form>
        """;

    /// <summary>The problems as a list: severity, place in the data (file:line:col, JSON path), message with its figures, the source line.</summary>
    public static string Problems(IReadOnlyList<Diagnostic> diagnostics, Func<string, string> place)
    {
        if (diagnostics.Count == 0)
        {
            return "<p class=\"ok-note\">没有发现问题：数据通过全部校验。</p>";
        }
        var html = new StringBuilder("<ol class=\"problems\">");
        foreach (var d in diagnostics.OrderBy(d => d.IsError ? 0 : 1))
        {
            var where = place(d.File) + (d.Line is int l ? ":" + l + (d.Column is int c ? ":" + c : "") : "");
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"{(d.IsError ? "error" : "warning")}\">")
                .Append(CultureInfo.InvariantCulture, $"<span class=\"tag\">{(d.IsError ? "错误" : "警告")}</span>")
                .Append(CultureInfo.InvariantCulture, $"<code class=\"where\">{E(where)}</code>");
            if (!string.IsNullOrEmpty(d.Path))
            {
                html.Append(CultureInfo.InvariantCulture, $"<code class=\"path\">{E(d.Path)}</code>");
            }
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"message\">{E(d.Message)}</p>");
            if (d.SourceLine is { } source)
            {
                html.Append(CultureInfo.InvariantCulture, $"<pre class=\"source\">{E(source)}</pre>");
            }
            html.Append("</li>");
        }
        return html.Append("</ol>").ToString();
    }
}
