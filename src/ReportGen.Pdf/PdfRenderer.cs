using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout;
using ReportGen.Pdf.Rendering;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>
/// The PDF format (<c>--format pdf</c>): our own layout over the document model, fonts found and
/// opened once per renderer and subset per document by HarfBuzz, written by our own PDF writer;
/// PNG previews paint the same layout through Skia. One instance serves a whole batch from any
/// number of threads.
/// </summary>
public sealed class PdfRenderer : IDocumentRenderer, IDisposable
{
    private readonly FontLibrary _fonts;
    // Resolved role chains per style sheet (a batch has one) and fonts folders.
    private readonly ConditionalWeakTable<StyleSheet, ConcurrentDictionary<string, FontSet>> _fontSets = new();

    public PdfRenderer()
        : this(new FontLibrary())
    {
    }

    internal PdfRenderer(FontLibrary fonts)
    {
        _fonts = fonts;
    }

    public string Format => "pdf";

    public RenderResult Render(Document document, StyleSheet style, Stream output, RenderOptions options)
    {
        LaidOutDocument layout;
        using (Core.Diagnostics.StageTrace.Stage("pdf.layout"))
        {
            layout = Layout(document, style, options);
        }
        using (Core.Diagnostics.StageTrace.Stage("pdf.write"))
        {
            Writing.PdfDocumentWriter.Write(layout, output, options.Timestamp);
        }
        var result = FontReport.Result(layout, Fonts(style, options));
        // Damaged font files skipped while finding the faces come first: they explain any fallback below.
        return result with { Warnings = [.. _fonts.Catalog(options.FontDirectories).Rejected, .. result.Warnings] };
    }

    /// <summary>Renders page <paramref name="pageIndex"/> (0-based) of the document as PNG at <paramref name="dpi"/>, from the same layout as the PDF.</summary>
    public byte[] RenderPng(Document document, StyleSheet style, int pageIndex, float dpi, RenderOptions? options = null)
    {
        var layout = Layout(document, style, options ?? RenderOptions.Default);
        return RenderPng(layout, pageIndex, dpi);
    }

    internal static byte[] RenderPng(LaidOutDocument layout, int pageIndex, float dpi)
    {
        var page = layout.Pages[pageIndex];
        var scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(page.Geometry.Paper.Width * scale), (int)Math.Ceiling(page.Geometry.Paper.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        using (var painter = new SkiaPainter(f => f.Typeface))
        {
            painter.Paint(page, canvas);
        }
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    internal LaidOutDocument Layout(Document document, StyleSheet style, RenderOptions options) =>
        DocumentLayout.Run(document, Fonts(style, options));

    internal FontSet Fonts(StyleSheet style, RenderOptions options) =>
        _fontSets.GetOrCreateValue(style).GetOrAdd(string.Join('\n', options.FontDirectories),
            _ => new FontSet(style, _fonts.Catalog(options.FontDirectories), _fonts));

    public void Dispose() => _fonts.Dispose();
}
