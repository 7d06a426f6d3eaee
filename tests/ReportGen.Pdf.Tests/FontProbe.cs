using System.Diagnostics;

namespace ReportGen.Pdf.Tests;

/// <summary>The fonts of a PDF as poppler's <c>pdffonts</c> lists them (poppler-utils, installed by scripts/setup.sh).</summary>
internal static class FontProbe
{
    public sealed record Font(string Name, string Type, bool Embedded, bool Subset, bool HasToUnicode);

    public static List<Font> Fonts(byte[] pdf)
    {
        var file = Path.Combine(Shared.OutputDirectory, $"fonts-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdffonts", [file]) { RedirectStandardOutput = true, UseShellExecute = false })
                ?? throw new InvalidOperationException("pdffonts (poppler-utils) is needed by this test");
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            // name, type (may contain one space), encoding, emb, sub, uni, object, generation
            return output.Split('\n').Skip(2).Where(l => l.Length > 0).Select(Parse).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Font Parse(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = fields[0];
        var yesNo = fields[^5..^2];
        var type = string.Join(' ', fields[1..^6]);
        return new Font(name, type, yesNo[0] == "yes", yesNo[1] == "yes", yesNo[2] == "yes");
    }
}
