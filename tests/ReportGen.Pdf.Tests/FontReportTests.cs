using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;

namespace ReportGen.Pdf.Tests;

/// <summary>Each PDF says which face set each role, and warns when a role got a face of another kind.</summary>
public class FontReportTests
{
    private static Document Sample() => Samples.Doc(
        new TitleBlock(["重庆市渝北区政务服务管理办公室", "2024年部门预算情况说明"]),
        new Heading(1, "一、", "单位基本情况"),
        new Heading(2, "（一）", "职能职责"),
        Samples.Body("联系人：李璟，联系电话：67890123。"),
        Samples.Table(3));

    private static RenderResult Render(StyleSheet style)
    {
        using var stream = new MemoryStream();
        return Shared.Renderer.Render(Sample(), style, stream, new RenderOptions { Timestamp = PdfProbe.Fixed });
    }

    [Fact]
    public void The_result_names_the_face_of_every_role_with_its_fallbacks()
    {
        var result = Render(Samples.FreeStyle);
        string Main(string role) => result.Fonts.First(f => f.Role == role).Face;
        Assert.Equal("FandolFang", Main("body"));
        Assert.Equal("FandolHei", Main("heading1"));
        Assert.Equal("FandolKai", Main("heading2"));
        Assert.Equal("FandolSong", Main("table"));
        Assert.Equal("Noto Serif CJK SC Bold", Main("title"));
        // 璟 is not in FandolFang: one character of the body falls to Noto Serif CJK SC.
        Assert.Contains(new FontUse("body", "Noto Serif CJK SC", 1), result.Fonts);
        Assert.Equal(["title", "body", "heading1", "heading2", "tableTitle"], result.Fonts.Select(f => f.Role).Distinct().Take(5));
        Assert.Empty(result.Warnings);
        var line = FontUse.Summary(result.Fonts);
        Assert.StartsWith("标题 Noto Serif CJK SC Bold；正文 FandolFang（另 1 字用 Noto Serif CJK SC）；一级标题 FandolHei；二级标题 FandolKai；", line);
    }

    [Fact]
    public void A_role_set_in_a_face_of_another_kind_is_a_warning_naming_role_face_and_remedy()
    {
        // A machine without any 仿宋: the body chain ends in the Song face.
        var style = Samples.FreeStyle with
        {
            Fonts = Samples.FreeStyle.Fonts.ToDictionary(
                kv => kv.Key,
                kv => kv.Key is "body" ? kv.Value with { Families = ["仿宋_GB2312", "仿宋", "Noto Serif CJK SC"] } : kv.Value),
        };
        var result = Render(style);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(
            "PDF 的正文（body）要求仿宋（仿宋_GB2312），本机没有这类字体，实际嵌入的是宋体字体 Noto Serif CJK SC（21 字）。"
            + "请把仿宋字体文件（如 仿宋_GB2312 的 .ttf）放进一个文件夹，用 --fonts 该文件夹 指定，或安装到系统字体目录；"
            + "免费的 Fandol 字体（FandolFang 等）由 scripts/setup.sh 安装。",
            warning);
    }
}
