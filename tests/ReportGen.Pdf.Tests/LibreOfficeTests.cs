using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportGen.Core.Rendering;
using ReportGen.Docx;
using Xunit.Abstractions;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// The DOCX of a department as LibreOffice lays it out (soffice --headless --convert-to pdf, a
/// private profile per conversion so parallel tests do not collide) beside our PDF of the same
/// document: the same number of pages (both set the tables with the same column widths,
/// TableColumnWidths), and no page of a table with one body row alone under its header.
/// </summary>
public partial class LibreOfficeTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"\d\.\d\d\b")]
    private static partial Regex Amount();

    /// <summary>
    /// <paramref name="narrativeExtra"/>: pages LibreOffice's narrative takes beyond the PDF's. Measured:
    /// none for the reference and sample 1:7; one for sample 3:4, whose narrative LibreOffice breaks
    /// into other lines (digits set apart from the Chinese around them, neither the PDF's punctuation
    /// compression nor its number-unit glue), so a heading kept with its paragraph moves to the next
    /// page (docs/docx.md). The table pages are the same in number.
    /// </summary>
    [Theory]
    [InlineData("reference", 0)]
    [InlineData("sample:1:7", 0)]
    [InlineData("sample:3:4", 1)]
    public void LibreOffice_lays_the_docx_out_in_the_pages_of_the_pdf_with_no_row_alone_under_a_repeated_header(string name, int narrativeExtra)
    {
        var document = TableBreakingTests.Department(name);
        var layout = LayoutProbe.Layout(document);
        var pdfPages = layout.Pages.Count;
        var dir = Path.Combine(Shared.OutputDirectory, $"lo-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var docx = Path.Combine(dir, "department.docx");
            using (var stream = File.Create(docx))
            {
                new DocxRenderer().Render(document, Samples.Style, stream, new RenderOptions { Timestamp = PdfProbe.Fixed });
            }
            var watch = Stopwatch.StartNew();
            Run("soffice", [$"-env:UserInstallation=file://{Path.Combine(dir, "profile")}", "--headless", "--convert-to", "pdf", "--outdir", dir, docx], TimeSpan.FromMinutes(4));
            var converted = Path.Combine(dir, "department.pdf");
            Assert.True(File.Exists(converted), $"{name}: LibreOffice wrote no PDF");
            using var lo = UglyToad.PdfPig.PdfDocument.Open(converted);
            output.WriteLine($"{name}: PDF {pdfPages} pages, LibreOffice {lo.NumberOfPages} pages ({watch.Elapsed.TotalSeconds:0} s)");
            // The tables start on the page of the table directory ("公开表（目录）") in both.
            var pdfDirectory = layout.Pages.First(p => LayoutProbe.PageText(p).Contains("（目录）", StringComparison.Ordinal)).Number;
            var loDirectory = Enumerable.Range(1, lo.NumberOfPages).First(p => PageText(converted, p).Replace(" ", "", StringComparison.Ordinal).Contains("（目录）", StringComparison.Ordinal));
            output.WriteLine($"{name}: tables from page {pdfDirectory} of the PDF, page {loDirectory} in LibreOffice");
            Assert.Equal(pdfPages - pdfDirectory, lo.NumberOfPages - loDirectory);
            Assert.Equal(pdfDirectory + narrativeExtra, loDirectory);
            Assert.Equal(pdfPages + narrativeExtra, lo.NumberOfPages);

            // A page that continues a table starts with the repeated header rows (no "表N" line, no
            // caption); its body rows are the lines with an amount. One alone is an orphan row.
            var continuations = new List<int>();
            for (var page = 2; page <= lo.NumberOfPages; page++)
            {
                var lines = PageText(converted, page)
                    .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                var first = lines.FirstOrDefault() ?? "";
                var continues = !first.StartsWith('表') && !lines.Any(l => l.Contains("部门全称", StringComparison.Ordinal) || l.Contains("编制单位", StringComparison.Ordinal))
                    && lines.Take(4).Any(l => l.Contains("科目", StringComparison.Ordinal) || l.Contains("项目", StringComparison.Ordinal));
                if (!continues)
                {
                    continue;
                }
                continuations.Add(page);
                var rows = lines.Count(l => Amount().IsMatch(l));
                Assert.True(rows != 1, $"{name}: LibreOffice page {page} continues a table with one row alone under the header:\n{string.Join("\n", lines)}");
            }
            output.WriteLine($"{name}: table continuation pages in LibreOffice: {string.Join(", ", continuations)}");
            // The reference's 表二 and 表五 continue on a second page in LibreOffice: the check ran.
            Assert.True(name != "reference" || continuations.Count >= 2, $"{name}: continuation pages found: {string.Join(", ", continuations)}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string PageText(string pdf, int page) =>
        Run("pdftotext", ["-layout", "-f", $"{page}", "-l", $"{page}", pdf, "-"], TimeSpan.FromMinutes(1));

    private static string Run(string program, string[] args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started (scripts/setup.sh installs it)");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in {timeout.TotalSeconds:0} s");
        }
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
