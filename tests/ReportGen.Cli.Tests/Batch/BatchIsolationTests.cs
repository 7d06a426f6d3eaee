using ReportGen.Core.Sampling;
using ReportGen.Pdf;
using UglyToad.PdfPig;

namespace ReportGen.Cli.Tests.Batch;

/// <summary>A batch with broken departments: every good one is built, every broken one reported by name, nothing stale left.</summary>
public sealed class BatchIsolationTests : IDisposable
{
    private readonly BatchWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_folder_with_broken_departments_builds_every_good_one_and_reports_each_broken_one()
    {
        _ws.AddSamples(3);
        _ws.AddReference();
        var brokenJson = _ws.AddChanged("a-broken-json.json", "\"district\": \"渝北区\",", "\"district\": \"渝北区\"");
        var badFigure = _ws.AddChanged("b-bad-figure.json", "\"services\": 1200000.00, \"total\": 1200000.00", "\"services\": 1200000.00, \"total\": 1200001.00");
        var unknownField = _ws.AddChanged("c-unknown-field.json", "\"district\": \"渝北区\",", "\"district\": \"渝北区\", \"districtCode\": \"500112\",");

        var (code, stdout, _) = _ws.Build("--format", "txt,docx", "--jobs", "2");

        Assert.Equal(1, code);
        for (var i = 0; i < 3; i++)
        {
            var stem = SampleGenerator.FileStem(i);
            Assert.Contains(SampleGenerator.Generate(17, i).Department.Name, File.ReadAllText(_ws.Output(stem, "txt")), StringComparison.Ordinal);
            Assert.True(new FileInfo(_ws.Output(stem, "docx")).Length > 1000);
        }
        Assert.StartsWith("重庆市渝北区政务服务管理办公室\n", File.ReadAllText(_ws.Output("yubei-zwfw-2024", "txt")), StringComparison.Ordinal);
        Assert.True(new FileInfo(_ws.Output("yubei-zwfw-2024", "docx")).Length > 1000);
        foreach (var stem in new[] { "a-broken-json", "b-bad-figure", "c-unknown-field" })
        {
            Assert.False(File.Exists(_ws.Output(stem, "txt")));
            Assert.False(File.Exists(_ws.Output(stem, "docx")));
        }

        Assert.Contains($"{brokenJson}:", stdout, StringComparison.Ordinal);
        Assert.Contains("JSON 语法错误", stdout, StringComparison.Ordinal);
        Assert.Contains("政府采购合计应为 1,200,000.00 元", stdout, StringComparison.Ordinal);
        Assert.Contains("未知字段“districtCode”", stdout, StringComparison.Ordinal);
        Assert.Contains("汇总：共 7 个部门，生成 4 个，跳过 0 个（未变化），失败 3 个；", stdout, StringComparison.Ordinal);

        // Department lines in input order whatever order the workers finished in; the failures listed in input order.
        var lines = stdout.Split('\n');
        var counters = lines.Where(l => l.StartsWith('[')).Select(l => l[..5]).ToList();
        Assert.Equal(["[1/7]", "[2/7]", "[3/7]", "[4/7]", "[5/7]", "[6/7]", "[7/7]"], counters);
        Assert.StartsWith($"[1/7] 失败 {brokenJson}：1 个错误", lines.Single(l => l.StartsWith("[1/7]", StringComparison.Ordinal)), StringComparison.Ordinal);
        var listed = lines.SkipWhile(l => !l.StartsWith("未生成的部门（3 个）", StringComparison.Ordinal)).Skip(1).Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal([brokenJson, badFigure, unknownField], listed.Select(l => l.Trim().Split('：')[0]));
        Assert.Empty(_ws.Leftovers());
    }

    [Fact]
    public void The_previous_outputs_of_a_department_that_now_fails_are_removed()
    {
        var input = _ws.AddReference("dept.json");
        Assert.Equal(0, _ws.Build("--format", "txt,docx").Code);
        Assert.True(File.Exists(_ws.Output("dept", "txt")) && File.Exists(_ws.Output("dept", "docx")));

        _ws.AddChanged("dept.json", "\"services\": 1200000.00, \"total\": 1200000.00", "\"services\": 1200000.00, \"total\": 1200001.00");
        var (code, stdout, _) = _ws.Build("--format", "txt,docx");

        Assert.Equal(1, code);
        Assert.False(File.Exists(_ws.Output("dept", "txt")));
        Assert.False(File.Exists(_ws.Output("dept", "docx")));
        Assert.Contains($"失败 {input}：1 个错误，未生成文档；已删除其输出文件 {_ws.Output("dept", "txt")}、{_ws.Output("dept", "docx")}", stdout, StringComparison.Ordinal);

        // Fixed again, it is built again (the failure also removed it from the manifest).
        _ws.AddReference("dept.json");
        var again = _ws.Build("--format", "txt,docx");
        Assert.Equal(0, again.Code);
        Assert.Contains("生成 1 个，跳过 0 个", again.Out, StringComparison.Ordinal);
    }

    public static TheoryData<Exception, string> RendererFailures => new()
    {
        { new UncoveredCharacterException(0x2FFF, "body", ["仿宋_GB2312"], "第 3 段"), "生成 boom 失败：字符“\u2FFF”(U+2FFF) 没有可用的字体" },
        { new IndexOutOfRangeException("index 7"), "生成 boom 失败：IndexOutOfRangeException: index 7" },
    };

    [Theory]
    [MemberData(nameof(RendererFailures))]
    public void A_renderer_exception_of_any_type_fails_only_its_department_and_format(Exception failure, string message)
    {
        _ws.AddReference("dept-a.json");
        var b = _ws.AddChanged("dept-b.json", "\"person\": \"陈璟\"", "\"person\": \"测试甲\"");
        _ws.AddChanged("dept-c.json", "\"person\": \"陈璟\"", "\"person\": \"测试乙\"");
        _ws.ExtraRenderers.Add(new FailingRenderer("boom", "测试甲", () => failure));

        var (code, stdout, _) = _ws.Build("--format", "txt,boom", "--jobs", "2");

        Assert.Equal(1, code);
        Assert.Contains($"{b}: 错误: {message}", stdout, StringComparison.Ordinal);
        // The format that failed costs the department nothing else: its text is written.
        Assert.Contains("测试甲", File.ReadAllText(_ws.Output("dept-b", "txt")), StringComparison.Ordinal);
        Assert.False(File.Exists(_ws.Output("dept-b", "boom")));
        Assert.Contains($"失败 {b}：1 个错误；只生成了 {_ws.Output("dept-b", "txt")}", stdout, StringComparison.Ordinal);
        foreach (var stem in new[] { "dept-a", "dept-c" })
        {
            Assert.True(File.Exists(_ws.Output(stem, "txt")));
            Assert.Equal("partial", File.ReadAllText(_ws.Output(stem, "boom")));
        }
        Assert.Contains("生成 2 个，跳过 0 个（未变化），失败 1 个", stdout, StringComparison.Ordinal);
        Assert.Empty(_ws.Leftovers());
    }

    [Fact]
    public void A_pdf_is_built_and_its_pages_counted_in_the_summary()
    {
        _ws.AddReference();

        var (code, stdout, _) = _ws.Build("--format", "pdf");

        Assert.True(code == 0, stdout);
        using var pdf = PdfDocument.Open(_ws.Output("yubei-zwfw-2024", "pdf"));
        Assert.Contains("政务服务管理办公室", pdf.GetPage(1).Text, StringComparison.Ordinal);
        Assert.True(pdf.NumberOfPages > 10);
        Assert.Contains($"yubei-zwfw-2024.pdf（{pdf.NumberOfPages} 页）", stdout, StringComparison.Ordinal);
        Assert.Contains($"生成的 PDF 共 {pdf.NumberOfPages} 页", stdout, StringComparison.Ordinal);
    }
}
