using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DiffPlex;
using DiffPlex.Chunkers;

namespace ReportGen.Cli.Diff;

/// <summary>The comparison of one department: its differences, or why it could not be compared.</summary>
internal sealed record DepartmentComparison(string File, string Name, IReadOnlyList<Difference> Differences, IReadOnlyList<string> Problems)
{
    public bool Failed => Problems.Count > 0;

    public int Count(DifferenceKind kind) => Differences.Where(d => d.Kind == kind).Sum(d => d.Count);
}

/// <summary>The result of <c>reportgen diff</c> as terminal text and as a self-contained HTML page.</summary>
internal sealed class DiffReport(string oldTemplates, string newTemplates, IReadOnlyList<DepartmentComparison> departments)
{
    // Chinese text stays readable in the page source; markup characters are still escaped.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public int Changed => departments.Count(d => d.Differences.Count > 0);

    /// <summary>"比较了 3 个部门：1 个有变化，2 个无变化；共 4 句、1 个标题、6 个表格单元格不同。"</summary>
    public string Summary
    {
        get
        {
            var failed = departments.Count(d => d.Failed);
            var unchanged = departments.Count - Changed - failed;
            var text = $"比较了 {departments.Count} 个部门：{Changed} 个有变化，{unchanged} 个无变化";
            if (failed > 0)
            {
                text += $"，{failed} 个无法比较";
            }
            var sentences = departments.Sum(d => d.Count(DifferenceKind.Sentence));
            var headings = departments.Sum(d => d.Count(DifferenceKind.Heading));
            var cells = departments.Sum(d => d.Count(DifferenceKind.Table));
            return text + $"；共 {sentences} 句、{headings} 个标题、{cells} 处表格内容不同。";
        }
    }

    public void WriteText(TextWriter output)
    {
        foreach (var d in departments.Where(d => d.Failed || d.Differences.Count > 0))
        {
            output.WriteLine($"== {d.File}（{d.Name}）：{(d.Failed ? "无法比较" : d.Differences.Count + " 处不同")}");
            foreach (var problem in d.Problems)
            {
                output.WriteLine("  " + problem.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
            foreach (var x in d.Differences)
            {
                output.WriteLine($"  [{x.KindText}] {x.Where}");
                output.WriteLine("    旧：" + Side(x.Old));
                output.WriteLine("    新：" + Side(x.New));
            }
            output.WriteLine();
        }
        output.WriteLine(Summary);
    }

    private static string Side(IReadOnlyList<string> lines) => lines.Count == 0 ? "（无）" : string.Join("\n        ", lines);

    public string ToHtml()
    {
        var h = new StringBuilder();
        h.Append("""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>模板修改对比报告</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #1a1a1a; line-height: 1.6; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid #ccc; padding: .4em .6em; vertical-align: top; text-align: left; word-break: break-all; }
            th { background: #f2f2f2; }
            col.where { width: 22%; } col.side { width: 39%; }
            .kind { color: #555; font-size: .9em; display: block; }
            del { background: #fdd; text-decoration: line-through; } ins { background: #cfc; text-decoration: none; }
            .summary { font-weight: bold; } .problem { color: #a00; white-space: pre-wrap; }
            </style>
            </head>
            <body>
            <h1>模板修改对比报告</h1>

            """);
        h.Append("<p>旧模板：<code>").Append(Html.Encode(oldTemplates)).Append("</code><br>新模板：<code>").Append(Html.Encode(newTemplates)).Append("</code></p>\n");
        h.Append("<p class=\"summary\">").Append(Html.Encode(Summary)).Append("</p>\n");
        foreach (var d in departments.Where(d => d.Failed || d.Differences.Count > 0))
        {
            h.Append("<section>\n<h2>").Append(Html.Encode($"{d.Name}（{d.File}）")).Append("</h2>\n");
            foreach (var problem in d.Problems)
            {
                h.Append("<p class=\"problem\">").Append(Html.Encode(problem)).Append("</p>\n");
            }
            if (d.Differences.Count > 0)
            {
                h.Append("<table>\n<colgroup><col class=\"where\"><col class=\"side\"><col class=\"side\"></colgroup>\n");
                h.Append("<thead><tr><th scope=\"col\">位置</th><th scope=\"col\">旧模板</th><th scope=\"col\">新模板</th></tr></thead>\n<tbody>\n");
                foreach (var x in d.Differences)
                {
                    h.Append("<tr><td><span class=\"kind\">").Append(Html.Encode(x.KindText)).Append("</span>").Append(Html.Encode(x.Where)).Append("</td>");
                    var (oldHtml, newHtml) = Marked(x.Old, x.New);
                    h.Append("<td>").Append(oldHtml).Append("</td><td>").Append(newHtml).Append("</td></tr>\n");
                }
                h.Append("</tbody>\n</table>\n");
            }
            h.Append("</section>\n");
        }
        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>Both sides as HTML, the characters that differ marked with del (old) and ins (new).</summary>
    private static (string Old, string New) Marked(IReadOnlyList<string> old, IReadOnlyList<string> @new)
    {
        var a = string.Join("\n", old);
        var b = string.Join("\n", @new);
        var diff = Differ.Instance.CreateDiffs(a, b, false, false, CharacterChunker.Instance);
        var oldHtml = new StringBuilder();
        var newHtml = new StringBuilder();
        int i = 0, j = 0;
        foreach (var block in diff.DiffBlocks)
        {
            oldHtml.Append(Text(a[i..block.DeleteStartA]));
            newHtml.Append(Text(b[j..block.InsertStartB]));
            if (block.DeleteCountA > 0)
            {
                oldHtml.Append("<del>").Append(Text(a.Substring(block.DeleteStartA, block.DeleteCountA))).Append("</del>");
            }
            if (block.InsertCountB > 0)
            {
                newHtml.Append("<ins>").Append(Text(b.Substring(block.InsertStartB, block.InsertCountB))).Append("</ins>");
            }
            i = block.DeleteStartA + block.DeleteCountA;
            j = block.InsertStartB + block.InsertCountB;
        }
        oldHtml.Append(Text(a[i..]));
        newHtml.Append(Text(b[j..]));
        return (Wrap(oldHtml.ToString(), old.Count), Wrap(newHtml.ToString(), @new.Count));
    }

    /// <summary>Escaped text; the line breaks between sentences of one difference become br.</summary>
    private static string Text(string s) => string.Join("<br>", s.Split('\n').Select(Html.Encode));

    private static string Wrap(string html, int lines) => lines == 0 ? "（无）" : html;
}
