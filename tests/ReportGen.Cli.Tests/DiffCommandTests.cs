using ReportGen.Cli.Commands;
using ReportGen.Core.Loading;
using ReportGen.Core.Documents;
using ReportGen.Core.Sampling;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;

namespace ReportGen.Cli.Tests;

/// <summary><c>reportgen diff</c>: what a template change does to every department, old beside new.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "templates");

    private readonly string _dir = Directory.CreateTempSubdirectory("rg-diff-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = new DiffCommand(output, error).Run(args);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A copy of the default templates with one text replaced (exactly once).</summary>
    private string Edited(string file, string from, string to)
    {
        var copy = Path.Combine(_dir, "edited-" + Guid.NewGuid().ToString("N")[..6]);
        foreach (var f in Directory.GetFiles(Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Templates, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
        return EditAgain(copy, file, from, to);
    }

    [Fact]
    public void A_wording_change_shows_up_for_the_departments_it_affects_and_only_for_them()
    {
        var data = Path.Combine(_dir, "data");
        SampleSet.Write(data, 8, 5);
        // Which departments say "为新增科目。" with the default templates (found independently of diff).
        var renderer = new TemplateRenderer(TemplateSet.Load(Templates));
        var affected = Directory.GetFiles(data, "*.json").Order(StringComparer.Ordinal)
            .Where(f => PlainTextWriter.Write(renderer.Render(BudgetLoader.Load(f).Report!).Document!).Contains("为新增科目。", StringComparison.Ordinal))
            .ToList();
        Assert.InRange(affected.Count, 1, 7); // some, not all

        var edited = Edited("helpers.sbn", "\"为新增科目。\"", "\"为本年新设科目。\"");
        var (code, stdout, stderr) = Run(data, "--templates", edited, "--base-templates", Templates);

        Assert.True(code == 0, stdout + stderr);
        var listed = stdout.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)).Select(l => l[3..l.IndexOf('（')]).ToList();
        Assert.Equal(affected, listed);
        var sentences = stdout.Split('\n').Count(l => l.StartsWith("    新：", StringComparison.Ordinal));
        Assert.True(sentences >= affected.Count);
        Assert.All(stdout.Split('\n').Where(l => l.StartsWith("    新：", StringComparison.Ordinal)), l => Assert.EndsWith("为本年新设科目。", l, StringComparison.Ordinal));
        Assert.All(stdout.Split('\n').Where(l => l.StartsWith("    旧：", StringComparison.Ordinal)), l => Assert.EndsWith("为新增科目。", l, StringComparison.Ordinal));
        Assert.EndsWith($"比较了 8 个部门：{affected.Count} 个有变化，{8 - affected.Count} 个无变化；共 {sentences} 句、0 个标题、0 处表格内容不同。\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_change_is_shown_old_beside_new_under_its_heading()
    {
        var edited = Edited("helpers.sbn", "ret \"较\" + $c.last_year + \"年\"", "ret \"比\" + $c.last_year + \"年\"");
        var (code, stdout, _) = Run(Reference, "--templates", edited, "--base-templates", Templates);
        Assert.Equal(0, code);
        Assert.Contains($"== {Reference}（重庆市渝北区政务服务管理办公室）：", stdout, StringComparison.Ordinal);
        Assert.Contains("""
              [句子] 二、部门预算总体情况
                旧：收入较2023年减少814,031.99元，主要是一般公共预算财政拨款收入减少814,031.99元。
                新：收入比2023年减少814,031.99元，主要是一般公共预算财政拨款收入减少814,031.99元。
            """.Replace("\r", "", StringComparison.Ordinal), stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("[表格]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_and_table_cells_are_compared_too()
    {
        var edited = Edited("tables/03-expenditure.sbn", "@head 科目编码 | 科目名称 | 总计 |", "@head 科目编码 | 科目名称 | 合计 |");
        edited = EditAgain(edited, "sections/02-overview.sbn", "# 二、部门预算总体情况", "# 二、收支总体情况");
        var (code, stdout, _) = Run(Reference, "--templates", edited, "--base-templates", Templates);
        Assert.Equal(0, code);
        Assert.Contains("  [标题] 二、收支总体情况\n    旧：二、部门预算总体情况\n    新：二、收支总体情况\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  [表格] 表三 表头 第3列（合计）\n    旧：总计\n    新：合计\n", stdout, StringComparison.Ordinal);
        Assert.EndsWith("比较了 1 个部门：1 个有变化，0 个无变化；共 0 句、1 个标题、1 处表格内容不同。\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_is_self_contained_escaped_and_marks_the_changed_characters()
    {
        var edited = Edited("sections/02-overview.sbn", "# 二、部门预算总体情况", "# 二、收支<b>总体</b>情况 & \"说明\"");
        var html = Path.Combine(_dir, "out", "report.html");
        var (code, stdout, _) = Run(Reference, "--templates", edited, "--base-templates", Templates, "--out", html);
        Assert.Equal(0, code);
        Assert.Contains("对比报告已写入 " + html, stdout, StringComparison.Ordinal);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", page, StringComparison.Ordinal);
        Assert.Contains("<td>二、<del>部门预算</del>总体情况</td><td>二、<ins>收支&lt;b&gt;</ins>总体<ins>&lt;/b&gt;</ins>情况<ins> &amp; &quot;说明&quot;</ins></td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http", page, StringComparison.Ordinal); // no external stylesheet, script or font
        Assert.Contains("比较了 1 个部门：1 个有变化，0 个无变化；共 0 句、1 个标题、0 处表格内容不同。", page, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "out"), "*.tmp"));
    }

    [Fact]
    public void The_same_templates_give_no_difference()
    {
        var (code, stdout, _) = Run(Reference, "--templates", Templates, "--base-templates", Templates);
        Assert.Equal(0, code);
        Assert.Equal("比较了 1 个部门：0 个有变化，1 个无变化；共 0 句、0 个标题、0 处表格内容不同。\n", stdout);
    }

    [Fact]
    public void Invalid_data_is_reported_and_exits_1()
    {
        var broken = Path.Combine(_dir, "broken.json");
        File.WriteAllText(broken, File.ReadAllText(Reference).Replace("\"amount\": 17625499.55", "\"amount\": 17625000", StringComparison.Ordinal));
        var (code, stdout, _) = Run(broken, Reference, "--templates", Templates, "--base-templates", Templates);
        Assert.Equal(1, code);
        Assert.Contains($"== {broken}（）：无法比较\n  数据有错误，未比较：\n  {broken}:", stdout, StringComparison.Ordinal);
        Assert.EndsWith("比较了 2 个部门：0 个有变化，1 个无变化，1 个无法比较；共 0 句、0 个标题、0 处表格内容不同。\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_error_stops_the_comparison_with_exit_1()
    {
        var edited = Edited("sections/02-overview.sbn", "{{ money income.total }}", "{{ money income.totl }}");
        var (code, stdout, _) = Run(Reference, "--templates", edited, "--base-templates", Templates);
        Assert.Equal(1, code);
        Assert.Contains("对象没有成员“totl”", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_options_are_usage_errors()
    {
        Assert.Contains("缺少 --base-templates <文件夹>", Assert.Throws<UsageException>(() => Run(Reference, "--templates", Templates)).Message, StringComparison.Ordinal);
        Assert.Contains("模板文件夹不存在", Assert.Throws<UsageException>(() => Run(Reference, "--templates", "/nonexistent", "--base-templates", Templates)).Message, StringComparison.Ordinal);
        Assert.Contains(".html", Assert.Throws<UsageException>(() => Run(Reference, "--templates", Templates, "--base-templates", Templates, "--out", "x.txt")).Message, StringComparison.Ordinal);
        var (code, _, stderr) = Run(Path.Combine(_dir, "missing.json"), "--templates", Templates, "--base-templates", Templates);
        Assert.Equal(2, code);
        Assert.Contains("找不到文件或文件夹", stderr, StringComparison.Ordinal);
    }

    private static string EditAgain(string folder, string file, string from, string to)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        Assert.Equal(2, text.Split(from).Length);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return folder;
    }
}
