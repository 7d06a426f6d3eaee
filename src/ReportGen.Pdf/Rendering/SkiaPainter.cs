using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout;
using SkiaSharp;

namespace ReportGen.Pdf.Rendering;

/// <summary>
/// Paints a laid-out page onto a Skia canvas (PNG previews and visual tests, with the whole faces):
/// the same display list the PDF writer turns into content streams.
/// </summary>
internal sealed class SkiaPainter(Func<FontFace, SKTypeface> typefaceOf) : IDisposable
{
    private readonly Dictionary<(FontFace, float), SKFont> _fonts = [];
    private readonly SKPaint _text = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _rule = new() { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Square };
    private readonly SKPaint _fill = new() { IsAntialias = false, Style = SKPaintStyle.Fill };

    public void Paint(LaidOutPage page, SKCanvas canvas)
    {
        if (page.Geometry.Rotated)
        {
            // The landscape content turned a quarter onto the portrait sheet, head toward the left edge.
            canvas.Save();
            canvas.Translate(0, page.Geometry.Paper.Height);
            canvas.RotateDegrees(-90);
            Paint(page.Ops, canvas);
            canvas.Restore();
        }
        else
        {
            Paint(page.Ops, canvas);
        }
        Paint(page.PaperOps, canvas);
    }

    private void Paint(List<DrawOp> ops, SKCanvas canvas)
    {
        foreach (var op in ops)
        {
            switch (op)
            {
                case TextOp t:
                    DrawText(canvas, t);
                    break;
                case RuleOp r:
                    _rule.StrokeWidth = r.Width;
                    canvas.DrawLine(r.X1, r.Y1, r.X2, r.Y2, _rule);
                    break;
                case FillOp f:
                    _fill.Color = new SKColor((byte)(f.Rgb >> 16), (byte)(f.Rgb >> 8), (byte)f.Rgb);
                    canvas.DrawRect(f.X, f.Y, f.Width, f.Height, _fill);
                    break;
            }
        }
    }

    private void DrawText(SKCanvas canvas, TextOp t)
    {
        if (!_fonts.TryGetValue((t.Face, t.Size), out var font))
        {
            font = new SKFont(typefaceOf(t.Face), t.Size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
            };
            _fonts[(t.Face, t.Size)] = font;
        }
        var glyphs = font.GetGlyphs(t.CodePoints);
        var points = new SKPoint[glyphs.Length];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new SKPoint(t.Xs[i], t.Baseline);
        }
        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(glyphs, font, points);
        using var blob = builder.Build();
        if (blob is not null)
        {
            canvas.DrawText(blob, 0, 0, _text);
        }
    }

    public void Dispose()
    {
        foreach (var f in _fonts.Values)
        {
            f.Dispose();
        }
        _text.Dispose();
        _rule.Dispose();
        _fill.Dispose();
    }
}
