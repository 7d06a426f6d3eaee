namespace ReportGen.Cli.Tests.Batch;

/// <summary><c>--fonts DIR</c>: extra font folders for the PDF typesetter.</summary>
public sealed class FontsOptionTests : IDisposable
{
    private readonly BatchWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_missing_fonts_folder_is_a_usage_error()
    {
        _ws.AddReference();
        var missing = Path.Combine(_ws.Root, "no-such-fonts");
        var e = Assert.Throws<UsageException>(() => _ws.Build("--format", "txt", "--fonts", missing));
        Assert.Equal($"字体文件夹不存在：{missing}", e.Message);
    }

    [Fact]
    public void A_fonts_folder_is_used_and_changing_it_rebuilds_the_departments()
    {
        _ws.AddReference();
        var fonts = Path.Combine(_ws.Root, "fonts");
        Directory.CreateDirectory(fonts);

        var (first, out1, _) = _ws.Build("--format", "pdf");
        var (again, out2, _) = _ws.Build("--format", "pdf");
        var (withFonts, out3, _) = _ws.Build("--format", "pdf", "--fonts", fonts);

        Assert.Equal(0, first);
        Assert.Contains("生成 1 个", out1, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Contains("跳过 1 个", out2, StringComparison.Ordinal);
        Assert.Equal(0, withFonts);
        Assert.Contains("生成 1 个", out3, StringComparison.Ordinal);
        Assert.True(new FileInfo(_ws.Output("yubei-zwfw-2024", "pdf")).Length > 10_000);
    }

    [Fact]
    public void Each_build_says_which_face_set_each_role()
    {
        _ws.AddReference();
        var (code, stdout, _) = _ws.Build("--format", "pdf");
        Assert.Equal(0, code);
        // Without office fonts (the test machine): the free faces of the chains, 璟 of a name from Noto.
        Assert.Contains("\n      PDF 字体：标题 Noto Serif CJK SC Bold；正文 FandolFang（另 1 字用 Noto Serif CJK SC）；一级标题 FandolHei；二级标题 FandolKai；", stdout, StringComparison.Ordinal);
        Assert.Contains("警告 0 个", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_set_in_a_face_of_another_kind_is_a_warning_of_the_department()
    {
        _ws.AddReference();
        var sheet = Path.Combine(_ws.Templates, "style.json");
        var text = File.ReadAllText(sheet);
        var body = "\"body\":       { \"families\": [\"仿宋_GB2312\", \"仿宋\", \"FangSong\", \"FandolFang\", \"Noto Serif CJK SC\"";
        Assert.Contains(body, text);
        File.WriteAllText(sheet, text.Replace(body, "\"body\":       { \"families\": [\"仿宋_GB2312\", \"Noto Serif CJK SC\"", StringComparison.Ordinal));

        var (code, stdout, _) = _ws.Build("--format", "pdf");

        Assert.Equal(0, code);
        Assert.Contains(": 警告: PDF 的正文（body）要求仿宋（仿宋_GB2312），本机没有这类字体，实际嵌入的是宋体字体 Noto Serif CJK SC（", stdout, StringComparison.Ordinal);
        Assert.Contains("用 --fonts 该文件夹 指定", stdout, StringComparison.Ordinal);
        Assert.Contains("（30 页，1 个警告）", stdout, StringComparison.Ordinal);
        Assert.Contains("警告 1 个", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_a_character_of_CJK_extension_B_builds_both_formats()
    {
        // 𪚥 (U+2A6A5) is in no Fandol or Noto CJK face: the chains end in HanaMinA, HanaMinB, and HanaMinA
        // has it (the HanaMinB of this line before, when HanaMinA, installed behind a symbolic link, was read as a few bytes).
        _ws.AddChanged("rare.json", "\"person\": \"陈璟\"", "\"person\": \"陈\U0002A6A5\"");
        var (code, stdout, _) = _ws.Build("--format", "docx,pdf");
        Assert.Equal(0, code);
        Assert.Contains($"已生成 {_ws.Output("rare", "docx")}、{_ws.Output("rare", "pdf")}（30 页）", stdout, StringComparison.Ordinal);
        Assert.Contains("正文 FandolFang（另 1 字用 HanaMinA）", stdout, StringComparison.Ordinal);
        using var docx = System.IO.Compression.ZipFile.OpenRead(_ws.Output("rare", "docx"));
        using var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
        Assert.Contains("陈\U0002A6A5", reader.ReadToEnd(), StringComparison.Ordinal);
    }
}
