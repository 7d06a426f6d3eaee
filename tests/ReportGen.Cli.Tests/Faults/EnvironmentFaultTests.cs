using ReportGen.Cli.Tests.Batch;

namespace ReportGen.Cli.Tests.Faults;

/// <summary>
/// Faults of the machine and of special files, met by the real program: each is a Chinese message
/// naming the place, the documented exit code and (for a build) the closing summary; never a stack
/// trace, never a hang.
/// </summary>
public sealed class EnvironmentFaultTests : IDisposable
{
    private readonly BatchWorkspace _ws = new();

    public EnvironmentFaultTests() => _ws.AddReference("dept.json");

    public void Dispose() => _ws.Dispose();

    private (int Code, string Out, string Err) Build(string outDir, params string[] more) =>
        RealProgram.Run(["build", _ws.Inputs, "--out", outDir, "--templates", _ws.Templates, "--format", "txt", .. more]);

    [Theory]
    [InlineData("not-a-number")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    [InlineData("4354819199")]
    public void A_source_date_epoch_out_of_range_or_not_a_number_is_a_usage_error(string value)
    {
        var (code, _, err) = RealProgram.Run(["build", _ws.Inputs, "--out", _ws.Out, "--templates", _ws.Templates, "--format", "txt"],
            new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = value });

        Assert.Equal(2, code);
        Assert.Contains($"用法错误：环境变量 SOURCE_DATE_EPOCH 应为 0 到 4354819198（2107-12-31）之间的整数秒数（自 1970-01-01 UTC 起），实际为“{value}”", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_a_device_and_a_directory_given_as_data_are_refused_at_once()
    {
        var fifo = Path.Combine(_ws.Inputs, "pipe.json");
        Assert.Equal(0, Mkfifo(fifo));
        var zero = Path.Combine(_ws.Root, "zero.json");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var folder = Path.Combine(_ws.Root, "folder.json");

        var (code, stdout, _) = RealProgram.Run(["validate", fifo, zero], timeoutSeconds: 30);
        var build = Build(_ws.Out);

        Assert.Equal(2, code);
        Assert.Contains($"{fifo}: 错误: 无法读取文件：这是一个命名管道（FIFO），不是普通文件", stdout, StringComparison.Ordinal);
        Assert.Contains($"{zero}: 错误: 无法读取文件：这是一个设备文件，不是普通文件", stdout, StringComparison.Ordinal);
        Assert.Equal(2, build.Code);
        Assert.Contains($"[2/2] 失败 {fifo}：文件无法读取，未生成文档", build.Out, StringComparison.Ordinal);
        Assert.Contains("汇总：共 2 个部门，生成 1 个", build.Out, StringComparison.Ordinal);
        Directory.CreateDirectory(folder);
        Assert.Contains("这是一个文件夹，不是文件", Core.IO.RegularFile.Check(folder), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_beyond_the_size_bound_is_refused_without_reading_it_all()
    {
        var big = Path.Combine(_ws.Root, "big.json");
        File.WriteAllBytes(big, new byte[2048]);

        Assert.Null(Core.IO.RegularFile.TryRead(big, out var problem, limit: 1024));
        Assert.Equal("文件过大（超过 0 MB），不是预期的输入文件", problem);
        Assert.NotNull(Core.IO.RegularFile.TryRead(big, out _, limit: 4096));
    }

    [Fact]
    public void Symlink_loops_in_the_templates_are_named_and_a_link_back_up_the_tree_is_walked_once()
    {
        File.CreateSymbolicLink(Path.Combine(_ws.Templates, "sections", "up"), "..");
        var first = Build(_ws.Out);
        Assert.True(first.Code == 0, first.Out + first.Err);

        var loop = Path.Combine(_ws.Templates, "loop.sbn");
        File.CreateSymbolicLink(loop, Path.Combine(_ws.Templates, "loop2.sbn"));
        File.CreateSymbolicLink(Path.Combine(_ws.Templates, "loop2.sbn"), loop);
        var (code, stdout, _) = Build(Path.Combine(_ws.Root, "out2"));

        Assert.Equal(1, code);
        Assert.Contains($"{_ws.Templates}/loop.sbn: 错误: 无法读取模板文件：符号链接形成循环（或层数过多）", stdout, StringComparison.Ordinal);
        Assert.Contains("未生成任何文档", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_or_is_a_file_is_exit_2_with_the_summary()
    {
        var file = Path.Combine(_ws.Root, "a-file");
        File.WriteAllText(file, "x");

        var isFile = Build(file);
        var under = Build(Path.Combine(file, "sub"));

        Assert.Equal(2, isFile.Code);
        Assert.Contains($"{file}: 错误: 输出路径 {file} 是一个文件，不是文件夹", isFile.Out, StringComparison.Ordinal);
        Assert.Contains("汇总：共 1 个部门，生成 0 个，未生成任何文档：输出文件夹无法使用。", isFile.Out, StringComparison.Ordinal);
        Assert.Equal(2, under.Code);
        Assert.Contains($"无法创建输出文件夹 {Path.Combine(file, "sub")}：", under.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_link_as_output_folder_or_a_folder_as_its_lock_is_named_as_such()
    {
        // Both were described wrongly ("是一个文件", "没有访问权限").
        var link = Path.Combine(_ws.Root, "out-link");
        File.CreateSymbolicLink(link, "nowhere");
        var locked = Path.Combine(_ws.Root, "locked");
        Directory.CreateDirectory(Path.Combine(locked, ".reportgen.lock"));

        var dangling = Build(link);
        var folderLock = Build(locked);

        Assert.Equal((2, 2), (dangling.Code, folderLock.Code));
        Assert.Contains($"{link}: 错误: 输出路径 {link} 是一个符号链接，指向的 nowhere 不存在；请先创建该文件夹，或删去这个链接", dangling.Out, StringComparison.Ordinal);
        Assert.Contains($"{locked}: 错误: 无法写入输出文件夹 {locked}：其中的 .reportgen.lock 是一个文件夹，不是文件；请删去它", folderLock.Out, StringComparison.Ordinal);
        // Nothing is created where the link points.
        Assert.False(Path.Exists(Path.Combine(_ws.Root, "nowhere")));
    }

    /// <summary>A real read-only file system and a real full one (tmpfs mounts; needs root, as CI's setup has).</summary>
    [Fact]
    public void Real_read_only_and_full_file_systems()
    {
        var ro = Path.Combine(_ws.Root, "ro");
        var full = Path.Combine(_ws.Root, "full");
        if (!RealProgram.TryMount(ro, "ro,size=1m"))
        {
            // Not root: the same faults are injected through the file-system seam in OutputFaultTests.
            return;
        }
        try
        {
            var (code, stdout, _) = Build(ro);
            Assert.Equal(2, code);
            Assert.Contains($"{ro}: 错误: 无法写入输出文件夹 {ro}：文件系统为只读", stdout, StringComparison.Ordinal);
            Assert.Contains("未生成任何文档：输出文件夹无法使用。", stdout, StringComparison.Ordinal);
        }
        finally
        {
            RealProgram.Unmount(ro);
        }

        Assert.True(RealProgram.TryMount(full, "size=400k"));
        try
        {
            var first = Build(full, "--format", "txt,docx");
            Assert.True(first.Code == 0, first.Out);
            var before = Directory.GetFiles(full).Where(f => !Path.GetFileName(f).StartsWith('.')).ToDictionary(f => f, File.ReadAllBytes);
            // Fill the disk, then rebuild everything.
            using (var filler = File.Create(Path.Combine(full, "filler")))
            {
                try
                {
                    var block = new byte[64 * 1024];
                    while (true)
                    {
                        filler.Write(block);
                    }
                }
                catch (IOException)
                {
                    // Full.
                }
            }
            var (code, stdout, _) = Build(full, "--format", "txt,docx", "--force");

            Assert.Equal(1, code);
            Assert.Contains("磁盘空间已满；原有的输出文件未改动", stdout, StringComparison.Ordinal);
            Assert.Contains("汇总：共 1 个部门，生成 0 个，跳过 0 个（未变化），失败 1 个", stdout, StringComparison.Ordinal);
            foreach (var (path, bytes) in before)
            {
                Assert.Equal(bytes, File.ReadAllBytes(path));
            }
            Assert.Empty(Directory.GetFiles(full, "*.tmp"));
        }
        finally
        {
            RealProgram.Unmount(full);
        }
    }

    private static int Mkfifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        return process.ExitCode;
    }
}
