using System.IO.Compression;
using System.Text;

namespace ReportGen.Pdf.Writing;

internal sealed partial class EmbeddedFont
{
    /// <summary>Writes the font's objects; returns the number of the Type 0 font dictionary.</summary>
    public int Write(PdfObjectWriter w)
    {
        var type0 = w.Reserve();
        var cidFont = w.Reserve();
        var descriptor = w.Reserve();
        var file = w.Reserve();
        var toUnicode = w.Reserve();
        var name = PdfSyntax.Name(BaseFont);
        w.Object(type0, FormattableString.Invariant($"<</Type /Font\n/Subtype /Type0\n/BaseFont {name}\n/Encoding /Identity-H\n/DescendantFonts [{PdfSyntax.Ref(cidFont)}]\n/ToUnicode {PdfSyntax.Ref(toUnicode)}>>"));

        var (registry, ordering, supplement) = _cff is { CidKeyed: true } c ? (c.Registry, c.Ordering, c.Supplement) : ("Adobe", "Identity", 0);
        var defaultWidth = _widths.Values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var cid = new StringBuilder(FormattableString.Invariant($"<</Type /Font\n/Subtype /{(_cff is null ? "CIDFontType2" : "CIDFontType0")}\n/BaseFont {name}\n"));
        cid.Append(FormattableString.Invariant($"/CIDSystemInfo <</Registry ({registry}) /Ordering ({ordering}) /Supplement {supplement}>>\n"));
        cid.Append(FormattableString.Invariant($"/FontDescriptor {PdfSyntax.Ref(descriptor)}\n/DW {defaultWidth}\n/W [{Widths(defaultWidth)}]"));
        if (_cff is null)
        {
            cid.Append("\n/CIDToGIDMap /Identity");
        }
        w.Object(cidFont, cid.Append(">>").ToString());

        var t = _tables;
        var bbox = string.Join(' ', t.BBox.Select(v => PdfSyntax.Int(v)));
        var stemV = t.Weight >= 600 ? 140 : 80;
        var fileKey = _cff is null ? "FontFile2" : "FontFile3";
        w.Object(descriptor, FormattableString.Invariant($"<</Type /FontDescriptor\n/FontName {name}\n/Flags 4\n/FontBBox [{bbox}]\n/ItalicAngle 0\n/Ascent {t.Ascent}\n/Descent {t.Descent}\n/CapHeight {t.CapHeight}\n/StemV {stemV}\n/{fileKey} {PdfSyntax.Ref(file)}>>"));
        // Font programs are dense already: the fastest deflate level gains nearly as much as the best.
        if (_cff is null)
        {
            w.Stream(file, "/Length1 " + PdfSyntax.Int(_program.Length), _program, CompressionLevel.Fastest);
        }
        else
        {
            w.Stream(file, "/Subtype /CIDFontType0C", _program, CompressionLevel.Fastest);
        }
        w.Stream(toUnicode, "", Encoding.ASCII.GetBytes(ToUnicodeCMap()));
        return type0;
    }

    /// <summary>The W array entries for widths other than the default: "c [w1 w2 …]" for runs of consecutive codes.</summary>
    private string Widths(int defaultWidth)
    {
        var sb = new StringBuilder();
        var codes = _widths.Where(kv => kv.Value != defaultWidth).Select(kv => kv.Key).Order().ToList();
        var i = 0;
        while (i < codes.Count)
        {
            var j = i;
            while (j + 1 < codes.Count && codes[j + 1] == codes[j] + 1)
            {
                j++;
            }
            sb.Append(PdfSyntax.Int(codes[i])).Append(" [").AppendJoin(' ', codes.Skip(i).Take(j - i + 1).Select(k => PdfSyntax.Int(_widths[k]))).Append("] ");
            i = j + 1;
        }
        return sb.ToString().TrimEnd();
    }

    private string ToUnicodeCMap()
    {
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        sb.Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n");
        sb.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        sb.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = _unicode.OrderBy(kv => kv.Key).ToList();
        foreach (var chunk in entries.Chunk(100))
        {
            sb.Append(PdfSyntax.Int(chunk.Length)).Append(" beginbfchar\n");
            foreach (var (code, cp) in chunk)
            {
                sb.Append('<').Append(code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append("> <")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(cp)))).Append(">\n");
            }
            sb.Append("endbfchar\n");
        }
        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }
}
