using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using HarfBuzzSharp;
using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// A face as the PDF embeds it: HarfBuzz's subset of exactly the characters the document draws
/// with it, as a composite (Type 0, Identity-H) font. TrueType outlines go in as CIDFontType2
/// (FontFile2, CID = glyph index); CFF outlines as CIDFontType0 (FontFile3/CIDFontType0C, the CFF
/// table itself; CID from its charset). Every font gets a ToUnicode map from each code back to the
/// one character drawn with it, so search, copy and screen readers get the exact text.
/// </summary>
internal sealed partial class EmbeddedFont
{
    private readonly Dictionary<int, ushort> _codes = [];
    private readonly Dictionary<ushort, int> _widths = [];
    private readonly Dictionary<ushort, int> _unicode = [];
    private readonly SfntTables _tables;
    private readonly byte[] _program;
    private readonly CffCharset? _cff;

    public EmbeddedFont(FontFace face, IReadOnlyCollection<int> codePoints, string resourceName)
    {
        Face = face;
        ResourceName = resourceName;
        var subset = HarfBuzzSubsetter.Subset(face.HarfBuzzFace, codePoints);
        _tables = new SfntTables(subset);
        if (_tables.Has("CFF2"))
        {
            throw new NotSupportedException($"字体 {face.Info.Family} 是可变字体（CFF2），不能嵌入 PDF。");
        }
        if (_tables.Has("CFF "))
        {
            _program = _tables.Table("CFF ").ToArray();
            _cff = CffCharset.Read(_program);
        }
        else
        {
            _program = subset;
        }
        MapCodes(subset, codePoints);
        BaseFont = SubsetTag(face, codePoints) + "+" + PostScriptName(face.Info);
    }

    public FontFace Face { get; }

    /// <summary>The name of the font in page resources ("F1").</summary>
    public string ResourceName { get; }

    public string BaseFont { get; }

    /// <summary>Glyphs in the embedded program (.notdef included).</summary>
    public int GlyphCount { get; private set; }

    /// <summary>The two-byte code (CID) that draws <paramref name="codePoint"/>.</summary>
    public ushort Code(int codePoint) => _codes[codePoint];

    /// <summary>The advance of <paramref name="code"/> in 1/1000 em, as the W array states it.</summary>
    public int Width(ushort code) => _widths[code];

    private void MapCodes(byte[] subset, IReadOnlyCollection<int> codePoints)
    {
        var pin = GCHandle.Alloc(subset, GCHandleType.Pinned);
        try
        {
            using var blob = new Blob(pin.AddrOfPinnedObject(), subset.Length, MemoryMode.ReadOnly);
            using var face = new Face(blob, 0);
            using var font = new Font(face);
            GlyphCount = face.GlyphCount;
            font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
            foreach (var cp in codePoints)
            {
                if (!font.TryGetNominalGlyph((uint)cp, out var glyph))
                {
                    throw new InvalidOperationException($"The subset of {Face} lost U+{cp:X4}.");
                }
                var code = checked((ushort)(_cff is null ? glyph : (uint)_cff.Cids[glyph]));
                _codes[cp] = code;
                _widths[code] = (int)Math.Round(font.GetHorizontalGlyphAdvance(glyph) * 1000.0 / face.UnitsPerEm);
                // Two characters on one glyph (a radical and its ideograph): the text maps to the ideograph.
                if (!_unicode.TryGetValue(code, out var previous) || IsRadical(previous))
                {
                    _unicode[code] = cp;
                }
            }
        }
        finally
        {
            pin.Free();
        }
    }

    private static bool IsRadical(int cp) => cp is >= 0x2E80 and <= 0x2FDF;

    /// <summary>Six capitals that differ between subsets of one face (PDF 32000-1 §9.6.4), the same for the same input.</summary>
    private static string SubsetTag(FontFace face, IReadOnlyCollection<int> codePoints)
    {
        var text = face.Info.Key + ":" + string.Join(",", codePoints);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }

    private static string PostScriptName(FontFaceInfo info)
    {
        var name = info.PostScriptName.Length > 0 ? info.PostScriptName : info.Family;
        var clean = string.Concat(name.Where(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'));
        return clean.Length > 0 ? clean : "Font" + info.Index;
    }
}
