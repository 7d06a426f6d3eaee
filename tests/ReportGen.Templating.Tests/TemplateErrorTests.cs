using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Templating.Hosting;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

public sealed class TemplateErrorTests
{
    private static readonly Lazy<BudgetReport> Reference = new(() => Build.Load(Build.ReferenceJson()));

    private static TemplateResult Render(params (string Name, string Text)[] files)
    {
        var set = TemplateSet.FromSources("/virtual/templates", "templates", files);
        return new TemplateRenderer(set, new TemplateLimits { LoopLimit = 100, RecursiveLimit = 10, ScaleWithData = false }).Render(Reference.Value);
    }

    private static Diagnostic SingleError(params (string Name, string Text)[] files)
    {
        var result = Render(files);
        Assert.Null(result.Document);
        return Assert.Single(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Syntax_error_names_file_line_column_and_shows_the_line()
    {
        var d = SingleError(("document.sbn", "第一行\n{{ if dept.name }}\n第三行\n"));
        Assert.Equal(("templates/document.sbn", 2, "{{ if dept.name }}"), (d.File, d.Line, d.SourceLine));
        Assert.StartsWith("模板语法错误", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("templates/document.sbn:2:", d.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("\n    {{ if dept.name }}", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_without_its_end_is_explained_in_chinese()
    {
        var d = SingleError(("document.sbn", "正文\n{{ for x in [1, 2] }}\n{{ x }}\n"));
        Assert.Equal("模板语法错误：for 语句缺少对应的 {{ end }}", d.Message);
        Assert.Equal(("templates/document.sbn", 2, 4), (d.File, d.Line, d.Column));
    }

    [Fact]
    public void The_block_left_open_is_found_among_closed_ones()
    {
        var text = "{{~ a = 1; if a ~}}\n甲\n{{~ end ~}}\n{{ for x in [1, 2] }}\n{{ if x == 1 }}一{{ else if x == 2 }}二{{ end }}\n{{~ capture c ~}}\n丙\n{{~ end ~}}\n结尾\n";
        var d = SingleError(("document.sbn", text));
        Assert.Equal("模板语法错误：for 语句缺少对应的 {{ end }}", d.Message);
        Assert.Equal((4, 4), (d.Line, d.Column));
        Assert.Equal("{{ for x in [1, 2] }}", d.SourceLine);
    }

    [Fact]
    public void Syntax_errors_of_files_not_included_are_reported_too()
    {
        var d = SingleError(("document.sbn", "正文\n"), ("sections/unused.sbn", "a\nb {{ for x in y }}\n"));
        Assert.Equal(("templates/sections/unused.sbn", 2), (d.File, d.Line));
    }

    [Fact]
    public void Undefined_member_is_an_error_not_a_blank()
    {
        var d = SingleError(("document.sbn", "单位：{{ dept.name }}\n收入{{ money income.totl }}。\n"));
        Assert.Equal(("templates/document.sbn", 2), (d.File, d.Line));
        Assert.Equal("对象没有成员“totl”", d.Message);
        Assert.Equal("收入{{ money income.totl }}。", d.SourceLine);
    }

    [Fact]
    public void Undefined_variable_is_an_error()
    {
        var d = SingleError(("document.sbn", "{{ departement.name }}\n"));
        Assert.Equal("变量或函数“departement”未定义", d.Message);
        Assert.Equal((1, 4), (d.Line, d.Column));
    }

    [Fact]
    public void Runtime_error_in_an_included_file_names_that_file()
    {
        var d = SingleError(("document.sbn", "{{ include \"sections/a.sbn\" }}\n"), ("sections/a.sbn", "甲\n乙\n{{ cn 0 }}\n"));
        Assert.Equal(("templates/sections/a.sbn", 3), (d.File, d.Line));
        Assert.Contains("编号必须是正整数", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_amount_given_to_money_is_an_error()
    {
        var d = SingleError(("document.sbn", "{{ money null }}\n"));
        Assert.Contains("金额为空", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_mistake_is_reported_at_the_template_line_that_wrote_it()
    {
        var result = Render(
            ("document.sbn", "# 一、标题\n{{ include \"tables/t.sbn\" }}\n"),
            ("tables/t.sbn", "@table 表一 | 表\n@columns left | num\n{{~ for r in spending.classes ~}}\n@row {{ r.name }} | {{ cell r.total }} | 多余\n{{~ end ~}}\n@end\n"));
        Assert.Null(result.Document);
        Assert.Equal(4, result.Diagnostics.Count); // one per generated row: the four 类 of the reference
        Assert.All(result.Diagnostics, e => Assert.Equal(("templates/tables/t.sbn", 4, 1), (e.File, e.Line, e.Column)));
        var d = result.Diagnostics[0];
        Assert.Equal("@row {{ r.name }} | {{ cell r.total }} | 多余", d.SourceLine);
        Assert.Contains("超出了表格的 2 列", d.Message, StringComparison.Ordinal);
        Assert.Contains("生成的行：@row 一般公共服务支出 | 16,511,691.03 | 多余", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_mistake_inside_a_printed_value_points_at_the_expression()
    {
        var d = SingleError(("document.sbn", "前\n文字{{ raw \"[h2]未结束\" }}后面\n"));
        Assert.Equal(("templates/document.sbn", 2, 6), (d.File, d.Line, d.Column)); // at "raw", inside {{ }}
    }

    [Fact]
    public void Data_cannot_break_the_markup()
    {
        var result = Render(("document.sbn", "@table | t\n@columns left | left\n@row {{ \"a|b[h2]\" }} | {{ \"@end\" }}\n@end\n{{ \"# 不是标题\" }}\n"));
        Assert.Empty(result.Diagnostics);
        var table = Assert.IsType<Core.Documents.Table>(result.Document!.Blocks[0]);
        Assert.Equal(["a|b[h2]", "@end"], table.BodyRows[0].Cells.Select(c => c.Text));
        Assert.Equal("# 不是标题", Assert.IsType<Core.Documents.Paragraph>(result.Document.Blocks[1]).Text);
    }

    [Fact]
    public void Loop_limit_stops_a_runaway_loop()
    {
        var d = SingleError(("document.sbn", "{{ for i in 1..1000 }}{{ i }}{{ end }}\n"));
        Assert.Contains("循环次数超过上限 100", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recursion_limit_stops_a_template_including_itself()
    {
        var d = SingleError(("document.sbn", "{{ include \"loop.sbn\" }}\n"), ("loop.sbn", "x{{ include \"loop.sbn\" }}\n"));
        Assert.Contains("深度超过上限 10", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_include_and_missing_entry_are_errors()
    {
        Assert.Contains("找不到模板“nope.sbn”", SingleError(("document.sbn", "{{ include \"nope.sbn\" }}\n")).Message, StringComparison.Ordinal);
        var set = TemplateSet.FromSources("/virtual", "templates", [("other.sbn", "x")]);
        Assert.Contains(set.Diagnostics, d => d.File == "templates/document.sbn" && d.Message.Contains("缺少入口模板", StringComparison.Ordinal));
    }
}
