using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Tests;

/// <summary>Runs the layout and reads what it placed: lines of a paragraph, text of a page, where blocks landed.</summary>
internal static class LayoutProbe
{
    public static LaidOutDocument Layout(Document document, StyleSheet? style = null) =>
        Shared.Renderer.Layout(document, style ?? Samples.Style, RenderOptions.Default);

    /// <summary>The lines a body paragraph breaks into on a portrait page, as strings.</summary>
    public static List<string> Lines(Paragraph paragraph, StyleSheet? style = null)
    {
        style ??= Samples.Style;
        var fonts = Shared.Renderer.Fonts(style, RenderOptions.Default);
        var block = (TextBlock)new DocumentComposer(fonts).Compose(Samples.Doc(paragraph))[0];
        var width = PageGeometry.For(style.Page, PageOrientation.Portrait).BlockWidth;
        return block.LinesFor(width).Select(l => Text(block.Glyphs, l)).ToList();
    }

    public static string Text(Glyph[] glyphs, Line line) =>
        string.Concat(glyphs[line.Start..line.End].Select(g => char.ConvertFromUtf32(g.CodePoint)));

    /// <summary>All text drawn on a page, in drawing order, without spaces.</summary>
    public static string PageText(LaidOutPage page) => string.Concat(page.Ops.OfType<TextOp>().Select(t => t.Text));

    /// <summary>The pages a block (or part of it) was placed on, 1-based.</summary>
    public static List<int> PagesOf(LaidOutDocument layout, int blockIndex) =>
        layout.Pages.Where(p => p.Blocks.Any(b => b.BlockIndex == blockIndex)).Select(p => p.Number).ToList();

    /// <summary>Where block <paramref name="blockIndex"/> was placed on the page (for a table: the whole table part, not its title lines).</summary>
    public static PlacedBlock Placed(LaidOutPage page, int blockIndex) =>
        page.Blocks.First(b => b.BlockIndex == blockIndex && !b.Detail.StartsWith("table-title", StringComparison.Ordinal));

    /// <summary>A one-line body paragraph (flush, so no indent).</summary>
    public static Paragraph OneLine(int i) => new([new Run($"第{i}行文字。")], ParagraphKind.Flush);

    /// <summary>A flush paragraph of exactly <paramref name="lines"/> full lines of ideographs (28 per line).</summary>
    public static Paragraph FullLines(int lines) =>
        new([new Run(string.Concat(Enumerable.Range(0, 28 * lines).Select(i => "预算收支管理政务服务"[i % 10])))], ParagraphKind.Flush);
}
