using System.Text.RegularExpressions;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using UglyToad.PdfPig;

namespace ReportGen.Pdf.Tests;

/// <summary>Renders PDFs and reads them back with PdfPig.</summary>
internal static partial class PdfProbe
{
    public static readonly DateTimeOffset Fixed = new(2024, 3, 1, 8, 30, 0, TimeSpan.Zero);

    public static byte[] Render(Document document, StyleSheet? style = null, DateTimeOffset? timestamp = null)
    {
        using var stream = new MemoryStream();
        Shared.Renderer.Render(document, style ?? Samples.Style, stream, new RenderOptions { Timestamp = timestamp ?? Fixed });
        return stream.ToArray();
    }

    /// <summary>The text of each page as PdfPig extracts it, in content order, whitespace removed.</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPages().Select(p => Squeeze(string.Concat(p.Letters.Select(l => l.Value)))).ToList();
    }

    /// <summary>The text poppler's pdftotext extracts (reading order rebuilt from positions).</summary>
    public static string Pdftotext(byte[] pdf)
    {
        var file = Path.Combine(Shared.OutputDirectory, $"text-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [file, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            }) ?? throw new InvalidOperationException("pdftotext (poppler-utils) is needed by this test");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    /// <summary>
    /// The text of the document as the PDF gives it back: page numbers ("—N—" at the end of each
    /// page) and the header rows repeated at the top of continuation pages taken out.
    /// </summary>
    public static string DocumentText(byte[] pdf, Document document)
    {
        var repeated = document.Blocks.OfType<Table>().Where(t => t.RepeatHeader && t.HeaderRows.Count > 0)
            .Select(t => Squeeze(string.Concat(t.HeaderRows.SelectMany(r => r.Cells).Select(c => c.Text)))).ToList();
        var pages = PageTexts(pdf).Select((text, i) =>
        {
            var number = $"—{i + 1}—";
            Assert.EndsWith(number, text);
            text = text[..^number.Length];
            foreach (var header in repeated.Where(h => h.Length > 0 && text.StartsWith(h, StringComparison.Ordinal)))
            {
                return text[header.Length..];
            }
            return text;
        });
        return string.Concat(pages);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
