using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;

namespace ReportGen.Pdf.Tests;

public class SmokeTests
{
    [Fact]
    public void Renders_a_small_document()
    {
        var doc = Samples.Doc(
            new TitleBlock(["重庆市渝北区政务服务管理办公室", "2024年部门预算情况说明"]),
            new Heading(1, "一、", "单位基本情况"),
            new Heading(2, "（一）", "职能职责"),
            Samples.Body(Samples.Sentence + Samples.Sentence),
            new Paragraph([new Run("（一）收入预算：", InlineHeadingLevel: 2), new Run(Samples.Sentence)]),
            Samples.Table(40, startOnNewPage: true),
            new SectionBreak(PageOrientation.Landscape),
            Samples.Table(10, "表十"));
        using var stream = File.Create(Path.Combine(Shared.OutputDirectory, "smoke.pdf"));
        var result = Shared.Renderer.Render(doc, Samples.Style, stream, new RenderOptions { Timestamp = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.True(result.Pages > 2);
    }
}
