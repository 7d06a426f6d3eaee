using System.Globalization;

namespace ReportGen.Pipeline;

/// <summary>The words of a batch: one status line per department and the closing summary, in Chinese.</summary>
public static class BuildSummary
{
    /// <summary>A department's diagnostics, then "[ 3/100] 已生成 …" / "跳过 …" / "失败 …".</summary>
    public static IEnumerable<string> DepartmentLines(DepartmentResult r, int total)
    {
        foreach (var d in r.Diagnostics)
        {
            yield return d.ToString();
        }
        var counter = $"[{(r.Index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(total.ToString(CultureInfo.InvariantCulture).Length)}/{total}]";
        yield return r.Status switch
        {
            DepartmentStatus.Built => $"{counter} 已生成 {string.Join("、", r.Written)}{Details(r.Pages, r.Warnings)}",
            DepartmentStatus.Skipped => $"{counter} 跳过 {r.Input}（未变化）",
            DepartmentStatus.NotStarted => $"{counter} 未处理 {r.Input}（运行已中断）",
            _ => $"{counter} 失败 {r.Input}：{Failure(r)}",
        };
        if (r.Status == DepartmentStatus.Built && r.Fonts is { } fonts)
        {
            yield return $"{new string(' ', counter.Length + 1)}{fonts}";
        }
    }

    /// <summary>The closing summary: counts, warnings, pages, time; then the failed departments in input order.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<DepartmentResult> results, TimeSpan elapsed, int jobs)
    {
        var built = results.Count(r => r.Status == DepartmentStatus.Built);
        var skipped = results.Count(r => r.Status == DepartmentStatus.Skipped);
        var failed = results.Where(r => r.Status == DepartmentStatus.Failed).ToList();
        var warnings = results.Sum(r => r.Warnings);
        var pages = results.Where(r => r.Status == DepartmentStatus.Built && r.Pages is not null).Sum(r => r.Pages!.Value);
        var paged = results.Any(r => r.Pages is not null);
        var notStarted = results.Count(r => r.Status == DepartmentStatus.NotStarted);
        if (notStarted > 0)
        {
            yield return $"运行已中断：{results.Count - notStarted} 个部门已处理完（已生成的文档完整，并已记入清单），{notStarted} 个部门未处理；重新运行同一命令即可接着生成。";
        }
        yield return $"汇总：共 {results.Count} 个部门，生成 {built} 个，跳过 {skipped} 个（未变化），失败 {failed.Count} 个；"
            + $"警告 {warnings} 个；{(paged ? $"生成的 PDF 共 {pages.ToString("N0", CultureInfo.InvariantCulture)} 页；" : "")}"
            + $"用时 {Duration(elapsed)}（{jobs} 个并行任务）。";
        if (skipped > 0 && built == 0 && failed.Count == 0)
        {
            yield return "所有部门的数据、模板、样式表和程序都未变化，没有重新生成；要全部重新生成请加 --force。";
        }
        if (failed.Count > 0)
        {
            yield return $"未生成的部门（{failed.Count} 个）：";
            foreach (var r in failed)
            {
                yield return $"  {r.Input}：{Failure(r)}";
            }
        }
    }

    /// <summary>The one-line summary when the run could not start (e.g. the output folder cannot be written).</summary>
    public static string NothingBuilt(int total, string reason) =>
        $"汇总：共 {total} 个部门，生成 0 个，未生成任何文档：{reason}。";

    private static string Failure(DepartmentResult r)
    {
        var text = r.Unreadable ? "文件无法读取，未生成文档"
            : r.Written.Count > 0 ? $"{r.Errors} 个错误；只生成了 {string.Join("、", r.Written)}"
            : $"{r.Errors} 个错误，未生成文档";
        return r.Removed.Count == 0 ? text : $"{text}；已删除其输出文件 {string.Join("、", r.Removed)}";
    }

    private static string Details(int? pages, int warnings)
    {
        var parts = new List<string>();
        if (pages is int p)
        {
            parts.Add($"{p} 页");
        }
        if (warnings > 0)
        {
            parts.Add($"{warnings} 个警告");
        }
        return parts.Count == 0 ? "" : "（" + string.Join("，", parts) + "）";
    }

    private static string Duration(TimeSpan t) =>
        t.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes} 分 {t.Seconds} 秒")
            : string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.0} 秒");
}
