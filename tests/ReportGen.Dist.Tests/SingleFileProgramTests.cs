using System.Formats.Tar;
using System.IO.Compression;

namespace ReportGen.Dist.Tests;

/// <summary>
/// The published linux-x64 program copied alone into an empty folder with one data file and run by a
/// user without root (uid 65534, a fresh home folder, an environment without .NET): it writes the very
/// bytes the normal build writes, with the system's fonts or with only the fonts built into it, and
/// hands out the built-in templates as the repository's files.
/// </summary>
public sealed class SingleFileProgramTests : IClassFixture<PublishedProgram>, IDisposable
{
    private const string Epoch = "1700000000";
    private const string DataName = "yubei-zwfw-2024.json";

    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data", DataName);
    private static readonly Lazy<string> NormalBuild = new(BuildNormally);

    private readonly PublishedProgram _program;
    private readonly string _dir = OpenFolder("rg-dist-");

    public SingleFileProgramTests(PublishedProgram program) => _program = program;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A temporary folder the unprivileged user can write.</summary>
    private static string OpenFolder(string prefix)
    {
        var dir = Directory.CreateTempSubdirectory(prefix).FullName;
        File.SetUnixFileMode(dir, (UnixFileMode)0b111_111_111);
        return dir;
    }

    /// <summary>The reference department built by the normal build (<c>dotnet reportgen.dll</c>), outside the repository.</summary>
    private static string BuildNormally()
    {
        var dir = Directory.CreateTempSubdirectory("rg-dist-normal-").FullName;
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        env["SOURCE_DATE_EPOCH"] = Epoch;
        env.Remove("REPORTGEN_SYSTEM_FONTS");
        var result = Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "build", Data, "--out", "out", "--format", "docx,pdf"], dir, env);
        Assert.True(result.Code == 0, result.ToString());
        return Path.Combine(dir, "out");
    }

    /// <summary>
    /// Copies the program alone into <see cref="_dir"/> with the data file and runs it there as uid 65534
    /// (when the tests run as root) with only PATH, HOME (a new empty folder), LANG and SOURCE_DATE_EPOCH set.
    /// </summary>
    private Processes.Result RunAlone(string[] args, IReadOnlyDictionary<string, string>? extra = null)
    {
        var exe = Path.Combine(_dir, "reportgen");
        if (!File.Exists(exe))
        {
            File.Copy(_program.Executable, exe);
            File.SetUnixFileMode(exe, (UnixFileMode)0b111_101_101);
            File.Copy(Data, Path.Combine(_dir, DataName));
        }
        var env = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/bin:/bin",
            ["HOME"] = OpenFolder("rg-dist-home-"),
            ["LANG"] = "C.UTF-8",
            ["SOURCE_DATE_EPOCH"] = Epoch,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            env[name] = value;
        }
        var asRoot = Environment.UserName == "root";
        string[] command = asRoot ? ["--reuid=65534", "--regid=65534", "--clear-groups", exe, .. args] : args;
        var result = Processes.Run(asRoot ? "setpriv" : exe, command, _dir, env);
        Assert.DoesNotContain("   at ", result.Out + result.Err, StringComparison.Ordinal);
        return result;
    }

    private static void AssertSameBytes(string expected, string actual) =>
        Assert.True(File.ReadAllBytes(expected).AsSpan().SequenceEqual(File.ReadAllBytes(actual)),
            $"{actual} differs from the normal build's {expected}");

    [Fact]
    public void Run_alone_by_a_user_without_root_it_writes_the_normal_builds_docx_and_pdf()
    {
        var result = RunAlone(["build", DataName, "--out", "out", "--format", "docx,pdf"], new Dictionary<string, string> { ["REPORTGEN_TRACE"] = "1" });

        Assert.True(result.Code == 0, result.ToString());
        Assert.Contains("已生成", result.Out, StringComparison.Ordinal);
        // The program runs with the collector its batch timings were measured with (docs/performance.md).
        Assert.Matches(@"\[trace\] gc \d+/\d+/\d+ \(gen0/1/2\), pause \d+ ms, server ", result.Err);
        Assert.Contains("（30 页）", result.Out, StringComparison.Ordinal);
        AssertSameBytes(Path.Combine(NormalBuild.Value, "yubei-zwfw-2024.docx"), Path.Combine(_dir, "out", "yubei-zwfw-2024.docx"));
        AssertSameBytes(Path.Combine(NormalBuild.Value, "yubei-zwfw-2024.pdf"), Path.Combine(_dir, "out", "yubei-zwfw-2024.pdf"));
        // Nothing was unpacked beside the program: the folder holds what it held, and the output.
        Assert.Equal(["out", "reportgen", DataName], Directory.EnumerateFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void With_the_systems_fonts_hidden_the_fonts_built_into_it_set_the_same_pdf()
    {
        var result = RunAlone(["build", DataName, "--out", "out"], new Dictionary<string, string> { ["REPORTGEN_SYSTEM_FONTS"] = "none" });

        Assert.True(result.Code == 0, result.ToString());
        Assert.Contains("正文 FandolFang", result.Out, StringComparison.Ordinal);
        Assert.Contains("标题 Noto Serif CJK SC Bold", result.Out, StringComparison.Ordinal);
        var pdf = Path.Combine(_dir, "out", "yubei-zwfw-2024.pdf");
        var fonts = Processes.Run("pdffonts", [pdf]);
        Assert.True(fonts.Code == 0, fonts.ToString());
        foreach (var face in new[] { "FandolFang-Regular", "FandolHei-Regular", "FandolKai-Regular", "FandolSong-Regular", "FandolSong-Bold", "NotoSerifCJKsc-Bold", "NotoSerifCJKsc-Regular" })
        {
            Assert.Contains("+" + face + " ", fonts.Out, StringComparison.Ordinal);
        }
        // The built-in files are the free fonts the normal build finds installed: the same PDF.
        AssertSameBytes(Path.Combine(NormalBuild.Value, "yubei-zwfw-2024.pdf"), pdf);
    }

    [Fact]
    public void Without_the_systems_fonts_the_normal_build_has_none_so_the_built_in_ones_are_what_made_the_pdf()
    {
        var dir = Directory.CreateTempSubdirectory("rg-dist-nofonts-").FullName;
        try
        {
            var result = Processes.Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "build", Data, "--out", dir, "--format", "pdf"], dir,
                Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                    .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "")
                    .Append(new KeyValuePair<string, string>("REPORTGEN_SYSTEM_FONTS", "none")).ToDictionary());
            Assert.Equal(1, result.Code);
            Assert.False(File.Exists(Path.Combine(dir, "yubei-zwfw-2024.pdf")), result.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Templates_export_writes_the_repositorys_templates()
    {
        var result = RunAlone(["templates", "export", "模板"]);

        Assert.True(result.Code == 0, result.ToString());
        var repo = Path.Combine(_program.Root, "templates");
        var exported = Path.Combine(_dir, "模板");
        var expected = Directory.GetFiles(repo, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(repo, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, Directory.GetFiles(exported, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(exported, f)).Order(StringComparer.Ordinal));
        Assert.Contains("style.json", expected);
        Assert.Contains("settings.json", expected);
        foreach (var name in expected)
        {
            AssertSameBytes(Path.Combine(repo, name), Path.Combine(exported, name));
        }
        Assert.Contains($"写入 {expected.Count} 个文件", result.Out, StringComparison.Ordinal);

        // An edited file is not overwritten (exit 2, named), and then nothing is written.
        File.AppendAllText(Path.Combine(exported, "helpers.sbn"), "\n{{# 改过 }}\n");
        File.Delete(Path.Combine(exported, "style.json"));
        var again = RunAlone(["templates", "export", "模板"]);
        Assert.Equal(2, again.Code);
        Assert.Contains("模板/helpers.sbn: 错误: 该文件已被修改", again.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(exported, "style.json")));
    }

    [Fact]
    public void A_clerks_workbook_is_imported_checked_and_built_by_the_program_alone()
    {
        // The published tables as the budget system hands them out: the program's own XLSX of the reference.
        var tables = RunAlone(["build", DataName, "--out", "表格", "--format", "xlsx"]);
        Assert.True(tables.Code == 0, tables.ToString());
        var workbook = Path.Combine(_dir, "政务办2024年部门预算公开表.xlsx");
        File.Move(Path.Combine(_dir, "表格", "yubei-zwfw-2024.xlsx"), workbook);

        var import = RunAlone(["import", Path.GetFileName(workbook), "--out", "数据", "--text", DataName]);
        Assert.True(import.Code == 0, import.ToString());
        Assert.Contains("导入了 1 个工作簿：生成 1 个，失败 0 个。", import.Out, StringComparison.Ordinal);
        var imported = Path.Combine(_dir, "数据", "政务办2024年部门预算公开表.json");
        var json = File.ReadAllText(imported);
        // No schema path pointing at a folder the program does not have.
        Assert.DoesNotContain("$schema", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"重庆市渝北区政务服务管理办公室\"", json, StringComparison.Ordinal);

        var check = RunAlone(["validate", "数据/政务办2024年部门预算公开表.json"]);
        Assert.True(check.Code == 0, check.ToString());
        var build = RunAlone(["build", "数据", "--out", "文档", "--format", "docx,pdf"]);
        Assert.True(build.Code == 0, build.ToString());
        // The imported data is the reference's: the same PDF text as the normal build of the JSON.
        Assert.Equal(PdfText(Path.Combine(NormalBuild.Value, "yubei-zwfw-2024.pdf")), PdfText(Path.Combine(_dir, "文档", "政务办2024年部门预算公开表.pdf")));
    }

    private static string PdfText(string pdf)
    {
        var result = Processes.Run("pdftotext", ["-layout", pdf, "-"], Path.GetDirectoryName(pdf)!, null);
        Assert.True(result.Code == 0, result.ToString());
        return result.Out;
    }

    [Fact]
    public void The_archive_holds_the_program_the_chinese_guide_and_the_licences()
    {
        var names = new List<string>();
        using (var gz = new GZipStream(File.OpenRead(_program.Archive), CompressionMode.Decompress))
        using (var tar = new TarReader(gz))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                names.Add(entry.Name.TrimEnd('/'));
                if (entry.Name == "reportgen-linux-x64/reportgen")
                {
                    Assert.True(entry.Mode.HasFlag(UnixFileMode.UserExecute | UnixFileMode.OtherExecute), entry.Mode.ToString());
                    Assert.Equal(new FileInfo(_program.Executable).Length, entry.Length);
                }
            }
        }
        foreach (var name in new[] { "reportgen", "使用说明.txt", "licenses/README.txt", "licenses/Fandol-GPL-3.txt", "licenses/Fandol-NOTICE.txt", "licenses/NotoCJK-OFL-1.1.txt", "licenses/HanaMin-license.txt", "licenses/dotnet-LICENSE.txt" })
        {
            Assert.Contains("reportgen-linux-x64/" + name, names);
        }
        Assert.Contains("reportgen templates export", File.ReadAllText(Path.Combine(_program.Folder, "使用说明.txt")), StringComparison.Ordinal);
    }
}
