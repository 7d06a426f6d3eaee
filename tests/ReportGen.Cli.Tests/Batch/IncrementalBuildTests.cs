
namespace ReportGen.Cli.Tests.Batch;

/// <summary>The manifest in the output folder: unchanged departments are skipped, changed ones (and only they) rebuilt.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string Formats = "txt,docx";
    private readonly BatchWorkspace _ws = new();

    public IncrementalBuildTests()
    {
        _ws.AddSamples(3);
        var (code, stdout, _) = _ws.Build("--format", Formats);
        Assert.True(code == 0, stdout);
        Assert.Contains("生成 3 个，跳过 0 个", stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_second_build_without_changes_skips_everything_and_touches_nothing()
    {
        var before = _ws.Snapshot();

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.Equal(0, code);
        Assert.Contains("汇总：共 3 个部门，生成 0 个，跳过 3 个（未变化），失败 0 个；", stdout, StringComparison.Ordinal);
        Assert.Contains("没有重新生成；要全部重新生成请加 --force", stdout, StringComparison.Ordinal);
        Assert.Contains($"[2/3] 跳过 {Path.Combine(_ws.Inputs, "sample-002.json")}（未变化）", stdout, StringComparison.Ordinal);
        AssertUntouched(before, _ws.Snapshot(), before.Keys);
    }

    [Fact]
    public void Changing_one_data_file_rebuilds_only_that_department()
    {
        var before = _ws.Snapshot();
        File.AppendAllText(Path.Combine(_ws.Inputs, "sample-002.json"), "\n");

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.Equal(0, code);
        Assert.Contains("生成 1 个，跳过 2 个", stdout, StringComparison.Ordinal);
        Assert.Contains($"[2/3] 已生成 {_ws.Output("sample-002", "txt")}、{_ws.Output("sample-002", "docx")}", stdout, StringComparison.Ordinal);
        var after = _ws.Snapshot();
        AssertUntouched(before, after, before.Keys.Where(k => !k.StartsWith("sample-002", StringComparison.Ordinal)));
        Assert.NotEqual(before["sample-002.txt"].Written, after["sample-002.txt"].Written);
        Assert.NotEqual(before["sample-002.docx"].Written, after["sample-002.docx"].Written);
    }

    [Fact]
    public void Changing_a_template_rebuilds_every_department()
    {
        var before = _ws.Snapshot();
        var template = Path.Combine(_ws.Templates, "sections", "07-contact.sbn");
        File.WriteAllText(template, File.ReadAllText(template).Replace("联系", "联络", StringComparison.Ordinal));

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.True(code == 0, stdout);
        Assert.Contains("生成 3 个，跳过 0 个", stdout, StringComparison.Ordinal);
        var after = _ws.Snapshot();
        Assert.All(before.Keys, k => Assert.NotEqual(before[k].Written, after[k].Written));
        Assert.Contains("联络", File.ReadAllText(_ws.Output("sample-001", "txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Force_rebuilds_every_department()
    {
        var before = _ws.Snapshot();

        var (code, stdout, _) = _ws.Build("--format", Formats, "--force");

        Assert.Equal(0, code);
        Assert.Contains("生成 3 个，跳过 0 个", stdout, StringComparison.Ordinal);
        var after = _ws.Snapshot();
        Assert.All(before.Keys, k => Assert.NotEqual(before[k].Written, after[k].Written));
    }

    [Fact]
    public void Another_format_set_or_a_missing_output_rebuilds()
    {
        var formats = _ws.Build("--format", "txt");
        Assert.Contains("生成 3 个，跳过 0 个", formats.Out, StringComparison.Ordinal);

        File.Delete(_ws.Output("sample-003", "txt"));
        var missing = _ws.Build("--format", "txt");
        Assert.Contains("生成 1 个，跳过 2 个", missing.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(_ws.Output("sample-003", "txt")));
    }

    [Fact]
    public void A_damaged_manifest_is_said_and_everything_rebuilt()
    {
        var manifest = Path.Combine(_ws.Out, BuildManifest.FileName);
        Assert.Contains("\"sample-002\"", File.ReadAllText(manifest), StringComparison.Ordinal);
        File.WriteAllText(manifest, "{ not json");

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.Equal(0, code);
        Assert.Contains($"清单 {manifest} 已损坏（不是有效的 JSON），全部重新生成", stdout, StringComparison.Ordinal);
        Assert.Contains("生成 3 个，跳过 0 个", stdout, StringComparison.Ordinal);
        Assert.Contains("\"sample-002\"", File.ReadAllText(manifest), StringComparison.Ordinal);
    }

    private static void AssertUntouched(
        Dictionary<string, (DateTime Written, byte[] Bytes)> before,
        Dictionary<string, (DateTime Written, byte[] Bytes)> after,
        IEnumerable<string> names)
    {
        var checkedNames = names.ToList();
        Assert.NotEmpty(checkedNames);
        foreach (var name in checkedNames)
        {
            Assert.Equal(before[name].Written, after[name].Written);
            Assert.Equal(before[name].Bytes, after[name].Bytes);
        }
    }
}
