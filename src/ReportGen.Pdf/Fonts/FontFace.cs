using System.Collections.Concurrent;
using HarfBuzzSharp;
using SkiaSharp;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// A face opened for the whole batch: HarfBuzz reads it from the memory-mapped file to answer
/// "does it cover this character", "which glyph", "how wide" (layout measures with the whole
/// face) and to cut subsets for embedding. Thread-safe: HarfBuzz font queries are, and the glyph
/// cache only ever stores the same value for a key.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private const long Known = 1L << 40;

    private readonly Blob _blob;
    private readonly Face _face;
    private readonly Font _font;
    // Per BMP code point: 0 = not looked up yet; else Known | covered << 39 | glyph << 20 | advance.
    private readonly long[] _bmp = new long[0x10000];
    private readonly ConcurrentDictionary<int, long> _astral = new();
    private readonly Lazy<SKTypeface> _typeface;

    public FontFace(FontFaceInfo info, IFontBytes file)
    {
        Info = info;
        _blob = new Blob(file.Pointer, checked((int)file.Length), MemoryMode.ReadOnly);
        _blob.MakeImmutable();
        _face = new Face(_blob, info.Index);
        _face.MakeImmutable();
        UnitsPerEm = _face.UnitsPerEm;
        _font = new Font(_face);
        _font.SetScale(UnitsPerEm, UnitsPerEm);
        _typeface = new Lazy<SKTypeface>(() => (info.Source is null
                ? SKTypeface.FromFile(info.Path, info.Index)
                : SKTypeface.FromData(SKData.Create(file.Pointer, checked((int)file.Length)), info.Index))
            ?? throw new InvalidOperationException($"Skia cannot open {info.Key}"));
    }

    public FontFaceInfo Info { get; }

    public int UnitsPerEm { get; }

    /// <summary>The <c>hb_face_t*</c> the subsetter takes.</summary>
    public IntPtr HarfBuzzFace => _face.Handle;

    /// <summary>The whole face as Skia sees it, for PNG previews (the PDF embeds subsets instead).</summary>
    public SKTypeface Typeface => _typeface.Value;

    public bool Covers(int codePoint) => Lookup(codePoint) is var v && (v & (1L << 39)) != 0;

    /// <summary>The advance of <paramref name="codePoint"/> in em units (1.0 = the font size).</summary>
    public float Advance(int codePoint) => (Lookup(codePoint) & 0xFFFFF) / (float)UnitsPerEm;

    /// <summary>The glyph of <paramref name="codePoint"/> in the whole face (0 when not covered).</summary>
    public ushort Glyph(int codePoint) => (ushort)((Lookup(codePoint) >> 20) & 0xFFFF);

    /// <summary>Top of the glyph of <paramref name="codePoint"/> above the baseline, in em units.</summary>
    public float GlyphTop(int codePoint) =>
        _font.TryGetGlyphExtents(Glyph(codePoint), out var extents) ? extents.YBearing / (float)UnitsPerEm : 0f;

    /// <summary>The left and right edges of the ink of <paramref name="codePoint"/>'s glyph, in em units from its origin (0, 0 for a blank).</summary>
    public (float Left, float Right) Ink(int codePoint) =>
        _font.TryGetGlyphExtents(Glyph(codePoint), out var e) && e.Width != 0
            ? (e.XBearing / (float)UnitsPerEm, (e.XBearing + e.Width) / (float)UnitsPerEm)
            : (0f, 0f);

    private long Lookup(int codePoint)
    {
        if (codePoint is >= 0 and < 0x10000)
        {
            var v = Volatile.Read(ref _bmp[codePoint]);
            if (v == 0)
            {
                v = Compute(codePoint);
                Volatile.Write(ref _bmp[codePoint], v);
            }
            return v;
        }
        return _astral.GetOrAdd(codePoint, Compute);
    }

    private long Compute(int codePoint)
    {
        // A glyph whose outline is missing or absurd (a damaged file) counts as not covered: the
        // next face of the chain draws the character, never a blank or a stray shape.
        if (Inspect(codePoint) is not { Mapped: true, Problem: null } glyph)
        {
            return Known;
        }
        var advance = Math.Clamp(glyph.Advance, 0, 0xFFFFF);
        return Known | (1L << 39) | ((long)(glyph.Glyph & 0xFFFF) << 20) | (long)(uint)advance;
    }

    /// <summary>What the face holds for <paramref name="codePoint"/>: whether its character map has it, and if so whether its glyph is sound (see <see cref="FontFaceCheck"/>).</summary>
    internal (bool Mapped, uint Glyph, int Advance, string? Problem) Inspect(int codePoint)
    {
        if (!_font.TryGetNominalGlyph((uint)codePoint, out var glyph) || glyph == 0)
        {
            return (false, 0, 0, null);
        }
        var advance = _font.GetHorizontalGlyphAdvance(glyph);
        var extents = _font.TryGetGlyphExtents(glyph, out var e) ? e : default;
        return (true, glyph, advance, FontFaceCheck.GlyphProblem(codePoint, glyph, advance, extents, UnitsPerEm, _face.GlyphCount)
            ?? FontFaceCheck.OutlineProblem(codePoint, extents, OutlineBounds(glyph), UnitsPerEm, declaredBox: !Info.Cff));
    }

    /// <summary>The bounds of the glyph's outline as Skia (FreeType) parses it, in font units, y up; null when it has none.</summary>
    private SKRect? OutlineBounds(uint glyph)
    {
        using var font = new SKFont(Typeface, UnitsPerEm);
        using var path = font.GetGlyphPath((ushort)glyph);
        if (path is null || path.IsEmpty)
        {
            return null;
        }
        var b = path.TightBounds;
        return new SKRect(b.Left, -b.Top, b.Right, -b.Bottom);
    }

    public void Dispose()
    {
        if (_typeface.IsValueCreated)
        {
            _typeface.Value.Dispose();
        }
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }

    public override string ToString() => Info.Key;
}
