using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout;
using SkiaSharp;

namespace ReportGen.Pdf.Rendering;

/// <summary>
/// Writes a laid-out document as PDF through Skia's PDF backend. Each face is first cut down by
/// HarfBuzz to the code points the document draws with it and handed to Skia as a new typeface,
/// so Skia embeds small fonts whose cmap maps every glyph back to exactly one character. The
/// outline is added afterwards (<see cref="PdfOutline"/>): Skia has no API for it.
/// </summary>
internal static class PdfWriter
{
    public static void Write(LaidOutDocument layout, Stream output, DateTimeOffset? timestamp)
    {
        var subsets = new Dictionary<FontFace, SKTypeface>();
        try
        {
            foreach (var (face, codePoints) in layout.CodePointsByFace())
            {
                var bytes = HarfBuzzSubsetter.Subset(face.HarfBuzzFace, codePoints);
                using var data = SKData.CreateCopy(bytes);
                subsets[face] = SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia cannot load the subset of {face}");
            }
            var info = layout.Document.Info;
            var when = (timestamp ?? DateTimeOffset.Now).UtcDateTime;
            var metadata = new SKDocumentPdfMetadata
            {
                Title = info.Title,
                Author = info.Author,
                Subject = info.Subject,
                Keywords = string.Join(", ", info.Keywords),
                Creator = "ReportGen",
                Producer = "ReportGen (SkiaSharp)",
                Creation = when,
                Modified = when,
                RasterDpi = 300,
                EncodingQuality = 101,
            };
            using var buffer = new MemoryStream();
            using (var painter = new SkiaPainter(f => subsets[f], pdf: true))
            using (var document = SKDocument.CreatePdf(buffer, metadata))
            {
                foreach (var page in layout.Pages)
                {
                    var canvas = document.BeginPage(page.Geometry.Width, page.Geometry.Height);
                    painter.Paint(page, canvas);
                    document.EndPage();
                }
                document.Close();
            }
            PdfOutline.Write(buffer.ToArray(), Entries(layout), output);
        }
        finally
        {
            foreach (var t in subsets.Values)
            {
                t.Dispose();
            }
        }
    }

    /// <summary>The outline entries whose anchor was drawn, in document order.</summary>
    private static List<PdfOutline.Entry> Entries(LaidOutDocument layout)
    {
        var outline = layout.Document.Outline().ToList();
        return layout.Pages.SelectMany(p => p.Ops).OfType<AnchorOp>()
            .Where(a => a.OutlineIndex < outline.Count)
            .Select(a => new PdfOutline.Entry(outline[a.OutlineIndex].Level, outline[a.OutlineIndex].Text, SkiaPainter.AnchorName(a.OutlineIndex)))
            .ToList();
    }
}
