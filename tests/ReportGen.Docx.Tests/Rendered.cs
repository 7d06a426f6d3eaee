using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;

namespace ReportGen.Docx.Tests;

/// <summary>A document rendered to DOCX bytes and opened again for inspection.</summary>
internal sealed class Rendered : IDisposable
{
    public static readonly DateTimeOffset FixedTime = new(2024, 1, 15, 8, 30, 0, TimeSpan.Zero);

    private static readonly Lazy<StyleSheet> DefaultSheet = new(() =>
        StyleSheet.Load(Path.Combine(AppContext.BaseDirectory, "style.json")));

    private readonly MemoryStream _stream;

    private Rendered(byte[] bytes)
    {
        Bytes = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(_stream, false);
    }

    public static StyleSheet Sheet => DefaultSheet.Value;

    public byte[] Bytes { get; }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart!;

    public static byte[] Render(Document document, StyleSheet? sheet = null, DateTimeOffset? timestamp = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        using var output = new MemoryStream();
        new DocxRenderer().Render(document, sheet ?? Sheet, output, new RenderOptions { Timestamp = timestamp ?? FixedTime });
        var bytes = output.ToArray();
        // Set REPORTGEN_REVIEW_DIR to keep the files for a look in Word or LibreOffice.
        var review = Environment.GetEnvironmentVariable("REPORTGEN_REVIEW_DIR");
        if (!string.IsNullOrEmpty(review))
        {
            Directory.CreateDirectory(review);
            File.WriteAllBytes(Path.Combine(review, Slug(document.Info.Title) + ".docx"), bytes);
        }
        return bytes;
    }

    public static Rendered Of(Document document, StyleSheet? sheet = null) => new(Render(document, sheet));

    private static string Slug(string title) => string.Concat(title.Where(c => !Path.GetInvalidFileNameChars().Contains(c)));

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
