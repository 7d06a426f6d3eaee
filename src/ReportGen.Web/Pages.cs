using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using static ReportGen.Web.Html;

namespace ReportGen.Web;

/// <summary>The pages of the three users: the folder table (reviewer), the department (staff), the live preview (template editor), the rebuild's progress.</summary>
internal static class Pages
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["name"] = "部门数据文件",
        ["status"] = "校验",
        ["errors"] = "错误",
        ["warnings"] = "警告",
        ["current"] = "文档",
        ["pages"] = "页数",
    };

    private static IResult Html(string page) => Results.Content(page, "text/html; charset=utf-8", Encoding.UTF8);

    /// <summary>The folder as a table of departments (sortable by any column), the upload form and the rebuild button.</summary>
    public static IResult Home(HttpContext context, Workspace ws, IAntiforgery antiforgery, string? sort, string? dir)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var key = sort is not null && Columns.ContainsKey(sort) ? sort : "name";
        var descending = dir == "desc";
        var rows = ws.Folder().Select(ws.Row).ToList();
        IEnumerable<DepartmentRow> ordered = key switch
        {
            "status" => rows.OrderBy(r => Rank(r)).ThenBy(r => r.Check.Department.Name, StringComparer.Ordinal),
            "errors" => rows.OrderBy(r => r.Check.Errors).ThenBy(r => r.Check.Department.Name, StringComparer.Ordinal),
            "warnings" => rows.OrderBy(r => r.Check.Warnings).ThenBy(r => r.Check.Department.Name, StringComparer.Ordinal),
            "current" => rows.OrderBy(r => r.UpToDate ? 0 : 1).ThenBy(r => r.Check.Department.Name, StringComparer.Ordinal),
            "pages" => rows.OrderBy(r => r.Pages ?? -1).ThenBy(r => r.Check.Department.Name, StringComparer.Ordinal),
            _ => rows.OrderBy(r => r.Check.Department.Name, StringComparer.Ordinal),
        };
        if (descending)
        {
            ordered = ordered.Reverse();
        }
        var body = new StringBuilder();
        body.Append(TemplateBanner(ws.Templates.Current, ws.Templates.Display));
        body.Append($"""
            <section class="card">
            <h1>上传数据文件</h1>
            <p class="lead">上传一个部门的预算数据文件，立即查看校验结果、预览文档并下载。</p>
            {UploadForm(tokens.RequestToken!, tokens.FormFieldName, ws.MaxUploadBytes, "数据文件")}
            </section>
            """);
        var valid = rows.Count(r => r.Check.Errors == 0);
        var current = rows.Count(r => r.UpToDate);
        body.Append($"""
            <section class="card">
            <div class="heading-row">
            <h1>数据文件夹 <code>{E(ws.DataDir)}</code></h1>
            <form method="post" action="/rebuild" class="rebuild">
            <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">
            <label><input type="checkbox" name="force" value="1"> 全部重新生成</label>
            <button type="submit">生成全部文档</button>
            </form>
            </div>
            <p class="lead">共 {N(rows.Count)} 个部门：{N(valid)} 个可以生成，{N(rows.Count - valid)} 个有错误；{N(current)} 个的文档已是最新（输出文件夹 <code>{E(ws.OutDir)}</code>）。点击列名排序。</p>
            """);
        if (rows.Count == 0)
        {
            // A clerk who double-clicked the program sees this first: say where the folder is and what to do.
            body.Append($"<p class=\"empty\">文件夹中还没有 .json 数据文件。把各部门的数据文件复制到 <code>{E(Path.GetFullPath(ws.DataDir))}</code> 后刷新本页；只有一个部门时，用上面的“上传数据文件”即可（也可以上传预算系统导出的公开表工作簿）。</p>");
        }
        else
        {
            body.Append("<div class=\"table-box\"><table class=\"departments\"><thead><tr><th scope=\"col\">序号</th>");
            foreach (var (column, label) in Columns)
            {
                var active = column == key;
                var next = active && !descending ? "desc" : "asc";
                var aria = active ? $" aria-sort=\"{(descending ? "descending" : "ascending")}\"" : "";
                var arrow = active ? (descending ? " ▼" : " ▲") : "";
                body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{aria}><a href=\"/?sort={column}&amp;dir={next}\">{label}{arrow}</a></th>");
            }
            body.Append("<th scope=\"col\">查看</th></tr></thead><tbody>");
            foreach (var row in ordered)
            {
                var d = row.Check.Department;
                body.Append(CultureInfo.InvariantCulture, $"""
                    <tr data-number="{d.Number}">
                    <td class="num">{d.Number + 1}</td>
                    <td><a href="{d.Url}">{E(d.Name)}</a></td>
                    <td>{StatusBadge(row.Check)}</td>
                    <td class="num">{N(row.Check.Errors)}</td>
                    <td class="num">{N(row.Check.Warnings)}</td>
                    <td>{(row.UpToDate ? "<span class=\"badge ok\">已是最新</span>" : $"<span class=\"badge stale\">需重新生成</span> <span class=\"why\">{E(row.RebuildReason)}</span>")}</td>
                    <td class="num">{(row.Pages is int p ? N(p) : "—")}</td>
                    <td class="actions"><a href="{d.Url}">问题</a><a href="{d.Url}/preview">预览</a></td>
                    </tr>
                    """);
            }
            body.Append("</tbody></table></div>");
        }
        body.Append("</section>");
        return Html(Page("部门列表", body.ToString(), " data-live=\"templates\" data-version=\"" + ws.Templates.Current.Version + "\" data-reload=\"page\""));
    }

    /// <summary>A department: its problems as a list (place in the data, figures), the preview link, the downloads, and the upload of a corrected file.</summary>
    public static IResult Department(Department d, HttpContext context, Workspace ws, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var check = ws.Check(d);
        var body = new StringBuilder();
        body.Append(TemplateBanner(check.Templates, ws.Templates.Display));
        body.Append(CultureInfo.InvariantCulture, $"""
            <section class="card">
            <p class="crumbs"><a href="/">部门列表</a> › {(d.Uploaded ? "上传的文件" : "数据文件夹")}</p>
            <div class="heading-row"><h1>{E(d.Name)}</h1>{StatusBadge(check)}</div>
            <p class="lead">错误 {N(check.Errors)} 个，警告 {N(check.Warnings)} 个。{(check.Errors > 0 ? "有错误时不能生成文档：请改正数据后重新上传或保存。" : "数据可以生成文档。")}</p>
            """);
        if (check.Errors == 0 && check.Templates.IsUsable)
        {
            body.Append("<div class=\"downloads\"><a class=\"button primary\" href=\"").Append(d.Url).Append("/preview\">预览文档</a>");
            foreach (var format in Workspace.Formats)
            {
                body.Append(CultureInfo.InvariantCulture, $"<a class=\"button\" href=\"{d.Url}/download/{format}\" download>下载 {format.ToUpperInvariant()}</a>");
            }
            body.Append("</div>");
        }
        if (d is { Imported: not null, ImportFailed: false })
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>工作簿已转换为数据文件：<a class=\"button\" href=\"{d.Url}/data\" download>下载转换后的数据文件 {E(Path.GetFileName(d.Input))}</a> 补充“待填写”的内容后在下面重新上传。</p>");
        }
        body.Append("</section><section class=\"card\"><h2>校验结果</h2>");
        body.Append(Problems(check.Outcome?.Diagnostics ?? [], file => file == d.Input ? Path.GetFileName(d.Input) : file));
        body.Append("</section>");
        if (d.Uploaded)
        {
            body.Append("<section class=\"card\"><h2>上传修改后的文件</h2>")
                .Append(UploadForm(tokens.RequestToken!, tokens.FormFieldName, ws.MaxUploadBytes, "改正后的数据文件"))
                .Append("</section>");
        }
        return Html(Page(d.Name, body.ToString(), " data-live=\"templates\" data-version=\"" + check.Templates.Version + "\" data-reload=\"page\""));
    }

    /// <summary>
    /// The preview: the HTML document in a sandboxed frame, rendered with the templates as they are
    /// now. The page follows the template folder and reloads itself when it changes; a template error
    /// shows here with its place and line instead of the document, never an old or half-made page.
    /// </summary>
    public static async Task<IResult> Preview(Department d, Workspace ws)
    {
        var (check, page) = await ws.PreviewAsync(d);
        var version = check.Templates.Version;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <section class="card preview-head">
            <p class="crumbs"><a href="/">部门列表</a> › <a href="{d.Url}">{E(d.Name)}</a> › 预览</p>
            <div class="heading-row"><h1>预览：{E(d.Name)}</h1>
            <span class="live" id="live-state">模板第 {version} 版 · 保存模板后自动更新</span></div>
            </section>
            """);
        if (!check.Templates.IsUsable)
        {
            body.Append("<section class=\"card template-errors\" id=\"template-errors\"><h2>模板有错误，暂不能预览</h2><p>改正下面的模板错误并保存后，预览会自动出现。</p>")
                .Append(Problems(check.Templates.Problems, file => file))
                .Append("</section>");
        }
        else if (page is null)
        {
            body.Append("<section class=\"card template-errors\" id=\"document-errors\"><h2>不能生成预览</h2>")
                .Append(Problems(check.Diagnostics, file => file == d.Input ? Path.GetFileName(d.Input) : file))
                .Append("</section>");
        }
        else
        {
            body.Append(CultureInfo.InvariantCulture, $"""
                <iframe class="document" id="document" title="{E(d.Name)} 的文档预览" src="{d.Url}/document?v={version}" sandbox=""></iframe>
                """);
        }
        return Html(Page("预览 " + d.Name, body.ToString(), " class=\"preview\" data-live=\"templates\" data-version=\"" + version + "\" data-reload=\"page\""));
    }

    /// <summary>The rebuild's progress, followed live.</summary>
    public static IResult Build(Workspace ws)
    {
        var job = ws.Build;
        var body = new StringBuilder("<section class=\"card\"><h1>生成进度</h1>");
        if (job is null)
        {
            body.Append("<p>还没有开始生成。请在<a href=\"/\">部门列表</a>点击“生成全部文档”。</p></section>");
            return Html(Page("生成进度", body.ToString()));
        }
        var (lines, done, exit) = job.Since(0);
        body.Append(CultureInfo.InvariantCulture, $"""
            <p class="lead" id="build-state">{(exit is int code ? Finished(code) : "正在生成……")}</p>
            <progress id="build-progress" max="{job.Total}" value="{done}"></progress>
            <span id="build-count">{done}/{job.Total}</span>
            <ol class="log" id="build-log">
            """);
        foreach (var line in lines)
        {
            body.Append("<li>").Append(E(line)).Append("</li>");
        }
        body.Append("</ol><p><a class=\"button\" href=\"/\">返回部门列表</a></p></section>");
        return Html(Page("生成进度", body.ToString(), exit is null ? " data-live=\"build\" data-shown=\"" + lines.Count + "\"" : ""));
    }

    /// <summary>The words of a finished rebuild's exit code (as <c>reportgen build</c> documents them).</summary>
    public static string Finished(int exit) => exit switch
    {
        0 => "生成完成：全部部门已生成或未变化。",
        1 => "生成完成，但有部门因错误未生成：见下面的记录。",
        _ => "生成未完成：有文件无法读取或输入有误，见下面的记录。",
    };

    private static int Rank(DepartmentRow row) => row.Check.Errors > 0 ? 2 : row.Check.Warnings > 0 ? 1 : 0;

    private static string StatusBadge(DepartmentCheck check) =>
        !check.Templates.IsUsable ? "<span class=\"badge error\">模板有错误</span>"
        : check.Errors > 0 ? "<span class=\"badge error\">有错误</span>"
        : check.Warnings > 0 ? "<span class=\"badge warning\">有警告</span>"
        : "<span class=\"badge ok\">通过</span>";

    private static string TemplateBanner(TemplateState templates, string display) =>
        templates.IsUsable ? "" : $"""
            <section class="card template-errors" id="template-errors">
            <h2>模板文件夹 {E(display)}/ 有错误</h2>
            {Problems(templates.Problems, file => file)}
            </section>
            """;
}
