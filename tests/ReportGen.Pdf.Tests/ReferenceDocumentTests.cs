using System.Text.RegularExpressions;
using ReportGen.Core.Documents;
using ReportGen.Core.Loading;
using ReportGen.Pdf.Layout;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;

namespace ReportGen.Pdf.Tests;

/// <summary>The reference department (data/yubei-zwfw-2024.json) through the default templates, end to end.</summary>
public class ReferenceDocumentTests
{
    private static readonly Lazy<Document> Reference = new(() =>
    {
        var templates = TemplateSet.Load(Path.Combine(Shared.RepoRoot, "templates"), "templates");
        Assert.False(templates.HasErrors, string.Join("\n", templates.Diagnostics));
        var loaded = BudgetLoader.Load(Path.Combine(Shared.RepoRoot, "data", "yubei-zwfw-2024.json"));
        Assert.NotNull(loaded.Report);
        var result = new TemplateRenderer(templates).Render(loaded.Report!);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Document!;
    });

    private static readonly Lazy<byte[]> Pdf = new(() =>
    {
        var bytes = PdfProbe.Render(Reference.Value);
        File.WriteAllBytes(Path.Combine(Shared.OutputDirectory, "yubei-zwfw-2024.pdf"), bytes);
        return bytes;
    });

    [Fact]
    public void The_pdf_is_under_600_KB_with_every_font_embedded()
    {
        Assert.InRange(Pdf.Value.Length, 10_000, 600 * 1024);
        var fonts = FontProbe.Fonts(Pdf.Value);
        Assert.All(fonts, f => Assert.True(f.Embedded && f.HasToUnicode, $"{f.Name} {f.Type}"));
    }

    [Fact]
    public void The_pdf_text_is_the_document_text_without_radical_look_alikes()
    {
        var text = PdfProbe.DocumentText(Pdf.Value, Reference.Value);
        Assert.Equal(PdfProbe.Squeeze(PlainTextWriter.Write(Reference.Value)), text);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
        Assert.Contains("2024年年初预算总收入17,625,499.55元", text);
    }

    [Fact]
    public void Pdftotext_finds_the_cells_and_sentences_whole()
    {
        // poppler rebuilds reading order from positions; a wrapped cell beside other wrapped cells can
        // come out interleaved with them, so one in a hundred may be missed — no more.
        var text = PdfProbe.Squeeze(Regex.Replace(PdfProbe.Pdftotext(Pdf.Value), @"—\s*\d+\s*—", ""));
        var pieces = PlainTextWriter.Write(Reference.Value).Split('\n')
            .SelectMany(line => line.Contains('\t') ? line.Split('\t') : Regex.Split(line, "(?<=[。；])"))
            .Select(PdfProbe.Squeeze).Where(p => p.Length > 0).ToList();
        var missing = pieces.Where(p => !text.Contains(p, StringComparison.Ordinal)).ToList();
        Assert.True(pieces.Count > 1000);
        Assert.True(missing.Count <= pieces.Count / 100, string.Join("\n", missing));
    }

    [Fact]
    public void Numbered_tables_start_pages_and_wide_ones_are_landscape()
    {
        var layout = LayoutProbe.Layout(Reference.Value);
        var blocks = Reference.Value.Blocks;
        var sections = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is SectionBreak s)
            {
                sections++;
                var next = Enumerable.Range(i + 1, blocks.Count - i - 1).FirstOrDefault(k => blocks[k] is Table or Paragraph or Heading);
                var page = layout.Pages[LayoutProbe.PagesOf(layout, next)[0] - 1];
                Assert.Equal(s.Orientation, page.Geometry.Orientation);
            }
            if (blocks[i] is Table { StartOnNewPage: true })
            {
                var page = layout.Pages[LayoutProbe.PagesOf(layout, i)[0] - 1];
                Assert.Equal(page.Geometry.Top, page.Blocks.First(b => b.BlockIndex == i).Top, 0.01f);
            }
        }
        Assert.True(sections > 0, "the reference has landscape tables");
        Assert.Contains(layout.Pages, p => p.Geometry.Orientation == PageOrientation.Landscape);
        Assert.Equal(Enumerable.Range(1, layout.Pages.Count), layout.Pages.Select(p => p.Number));
    }
}
