using System.Text.Json.Nodes;
using ReportGen.Pipeline;
using ReportGen.Cli.Tests.Batch;

namespace ReportGen.Cli.Tests.Faults;

/// <summary>
/// Machine faults while a batch writes (full disk, failing renames, an unwritable manifest, a damaged
/// manifest, leftovers of a killed run, Ctrl+C): a Chinese message, the documented exit code, the
/// closing summary — and never a finished, valid document lost or a stale one kept as current.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class OutputFaultTests : IDisposable
{
    private const string Formats = "txt,docx";
    private readonly BatchWorkspace _ws = new();
    private readonly string? _epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");

    /// <summary>Fixed timestamps: a rebuilt document is byte-identical to the one it replaces.</summary>
    public OutputFaultTests() => Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", _epoch);
        _ws.Dispose();
    }

    private Dictionary<string, (DateTime Written, byte[] Bytes)> BuildClean(int departments = 3)
    {
        _ws.AddSamples(departments);
        var (code, stdout, _) = _ws.Build("--format", Formats);
        Assert.True(code == 0, stdout);
        return _ws.Snapshot();
    }

    private static void AssertSameBytes(Dictionary<string, (DateTime Written, byte[] Bytes)> before, Dictionary<string, (DateTime Written, byte[] Bytes)> after)
    {
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var name in before.Keys)
        {
            Assert.True(before[name].Bytes.AsSpan().SequenceEqual(after[name].Bytes), name + " changed");
        }
    }

    [Fact]
    public void A_full_disk_during_force_keeps_every_finished_document_and_says_so_in_chinese()
    {
        var before = BuildClean();
        // Room for a few kilobytes: the first text fits, the DOCX does not.
        _ws.Files = new FaultyFiles { Capacity = 4_000 };

        var (code, stdout, _) = _ws.Build("--format", Formats, "--force", "--jobs", "1");

        Assert.True(code == 1, stdout);
        Assert.Contains("磁盘空间已满；原有的输出文件未改动", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("No space", stdout, StringComparison.Ordinal);
        Assert.Contains("汇总：共 3 个部门，生成 0 个，跳过 0 个（未变化），失败 3 个；", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("已删除", stdout, StringComparison.Ordinal);
        AssertSameBytes(before, _ws.Snapshot());
        Assert.Empty(_ws.Leftovers());

        // With room again, nothing needs rebuilding: the documents there are the ones recorded.
        _ws.Files = OutputFiles.System;
        var again = _ws.Build("--format", Formats);
        Assert.Equal(0, again.Code);
        Assert.Contains("生成 0 个，跳过 3 个", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_after_a_data_change_keeps_the_old_documents_and_rebuilds_them_next_time()
    {
        var before = BuildClean();
        var input = Path.Combine(_ws.Inputs, "sample-002.json");
        File.WriteAllText(input, File.ReadAllText(input).Replace("\"contact\"", "\"contact\" ", StringComparison.Ordinal));
        _ws.Files = new FaultyFiles { Capacity = 0 };

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.True(code == 1, stdout);
        Assert.Contains($"{input}: 错误: 无法写入 {_ws.Output("sample-002", "txt")}：磁盘空间已满", stdout, StringComparison.Ordinal);
        AssertSameBytes(before, _ws.Snapshot());

        _ws.Files = OutputFiles.System;
        var again = _ws.Build("--format", Formats);
        Assert.Equal(0, again.Code);
        Assert.Contains("生成 1 个，跳过 2 个", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rename_failing_half_way_never_leaves_a_department_looking_current()
    {
        BuildClean();
        var input = Path.Combine(_ws.Inputs, "sample-001.json");
        File.WriteAllText(input, File.ReadAllText(input) + "\n");
        // The text is renamed into place, then the DOCX rename fails: the new text sits beside the old DOCX.
        _ws.Files = new FaultyFiles { MoveFails = to => to.EndsWith("sample-001.docx", StringComparison.Ordinal) ? FaultyFiles.EROFS : null };

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.True(code == 1, stdout);
        Assert.Contains("文件系统为只读；原有的输出文件未改动", stdout, StringComparison.Ordinal);
        Assert.Empty(_ws.Leftovers());
        // The next run sees that the outputs are not the ones recorded and rebuilds that department.
        _ws.Files = OutputFiles.System;
        var again = _ws.Build("--format", Formats);
        Assert.Equal(0, again.Code);
        Assert.Contains("生成 1 个，跳过 2 个", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_changed_in_place_with_the_same_size_is_rebuilt()
    {
        var before = BuildClean();
        var path = _ws.Output("sample-003", "txt");
        var bytes = File.ReadAllBytes(path);
        bytes[^2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.Equal(0, code);
        Assert.Contains("生成 1 个，跳过 2 个", stdout, StringComparison.Ordinal);
        AssertSameBytes(before, _ws.Snapshot());
    }

    [Fact]
    public void A_damaged_manifest_entry_rebuilds_that_department_and_deletes_nothing()
    {
        var before = BuildClean();
        var manifestPath = Path.Combine(_ws.Out, BuildManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["departments"]!["sample-001"]!["outputs"]!["docx"] = "garbage";
        manifest["departments"]!["sample-002"]!["outputs"]!["txt"]!["sha256"] = null;
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.Equal(0, code);
        Assert.Contains($"清单 {manifestPath} 中“sample-001”的记录已损坏，重新生成该部门", stdout, StringComparison.Ordinal);
        Assert.Contains($"清单 {manifestPath} 中“sample-002”的记录已损坏，重新生成该部门", stdout, StringComparison.Ordinal);
        Assert.Contains("生成 2 个，跳过 1 个", stdout, StringComparison.Ordinal);
        AssertSameBytes(before, _ws.Snapshot());
        Assert.DoesNotContain("已损坏", _ws.Build("--format", Formats).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_manifest_is_an_error_with_exit_code_1_and_the_documents_are_complete()
    {
        _ws.AddSamples(2);
        _ws.Files = new FaultyFiles { CreateFails = path => path.Contains(BuildManifest.FileName, StringComparison.Ordinal) ? FaultyFiles.ENOSPC : null };

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.Equal(1, code);
        Assert.Contains($"{Path.Combine(_ws.Out, BuildManifest.FileName)}: 错误: 无法写入清单 {Path.Combine(_ws.Out, BuildManifest.FileName)}：磁盘空间已满。已生成的文档完好", stdout, StringComparison.Ordinal);
        Assert.Contains("汇总：共 2 个部门，生成 2 个", stdout, StringComparison.Ordinal);
        Assert.Equal(4, _ws.Snapshot().Count);
        Assert.False(File.Exists(Path.Combine(_ws.Out, BuildManifest.FileName)));
        Assert.Empty(_ws.Leftovers());
    }

    [Fact]
    public void Temporary_files_of_a_killed_run_are_removed_by_the_next_run()
    {
        BuildClean();
        File.WriteAllText(Path.Combine(_ws.Out, ".sample-001.docx.0badc0de.tmp"), "half");
        File.WriteAllText(Path.Combine(_ws.Out, $"{BuildManifest.FileName}.12345678.tmp"), "{");
        File.WriteAllText(Path.Combine(_ws.Out, "notes.tmp"), "someone's own file");

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.Equal(0, code);
        Assert.Contains("已删除上次中断的运行留下的 2 个临时文件。", stdout, StringComparison.Ordinal);
        Assert.Equal(["notes.tmp"], _ws.Leftovers().Select(Path.GetFileName));
    }

    [Fact]
    public void An_interrupted_run_starts_no_department_and_closes_with_the_summary_and_code_130()
    {
        _ws.AddSamples(3);
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();
        _ws.Interrupt = interrupt.Token;

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.Equal(130, code);
        Assert.Contains("[2/3] 未处理", stdout, StringComparison.Ordinal);
        Assert.Contains("运行已中断：0 个部门已处理完（已生成的文档完整，并已记入清单），3 个部门未处理；重新运行同一命令即可接着生成。", stdout, StringComparison.Ordinal);
        Assert.Contains("汇总：共 3 个部门，生成 0 个", stdout, StringComparison.Ordinal);
        Assert.Empty(_ws.Snapshot());
    }

    [Fact]
    public void A_second_build_into_the_same_folder_at_the_same_time_is_refused()
    {
        _ws.AddSamples(1);
        Directory.CreateDirectory(_ws.Out);
        using (new FileStream(Path.Combine(_ws.Out, OutputFolder.LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var (code, stdout, _) = _ws.Build("--format", Formats);
            Assert.Equal(2, code);
            Assert.Contains($"另一个 reportgen build 正在向输出文件夹 {_ws.Out} 写入", stdout, StringComparison.Ordinal);
            Assert.Contains("汇总：共 1 个部门，生成 0 个，未生成任何文档：输出文件夹无法使用。", stdout, StringComparison.Ordinal);
        }
        Assert.Equal(0, _ws.Build("--format", Formats).Code);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_a_usage_error_with_the_summary()
    {
        _ws.AddSamples(1);
        File.WriteAllText(_ws.Out, "x");

        var (code, stdout, _) = _ws.Build("--format", Formats);

        Assert.Equal(2, code);
        Assert.Contains($"{_ws.Out}: 错误: 输出路径 {_ws.Out} 是一个文件，不是文件夹", stdout, StringComparison.Ordinal);
        Assert.Contains("未生成任何文档", stdout, StringComparison.Ordinal);
        File.Delete(_ws.Out);
    }

    [Fact]
    public void The_output_folder_may_be_the_data_folder_its_manifest_is_no_department()
    {
        _ws.AddSamples(2);
        var output = new StringWriter();
        var command = new Commands.BuildCommand([new Core.Rendering.TextRenderer()], output, new StringWriter());

        Assert.Equal(0, command.Run([_ws.Inputs, "--out", _ws.Inputs, "--templates", _ws.Templates, "--format", "txt"]));
        Assert.Equal(0, command.Run([_ws.Inputs, "--out", _ws.Inputs, "--templates", _ws.Templates, "--format", "txt"]));

        Assert.Contains("汇总：共 2 个部门，生成 0 个，跳过 2 个（未变化），失败 0 个", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(BuildManifest.FileName + "：", output.ToString(), StringComparison.Ordinal);
    }
}
