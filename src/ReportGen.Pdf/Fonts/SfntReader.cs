using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// Reads what the font catalog needs from an OpenType/TrueType file or collection (.ttf, .otf,
/// .ttc, .otc): per face the family and full names (name IDs 1, 16 and 4, every language), the
/// weight (OS/2) and italic flag, and whether the outlines are CFF. Only headers and two small
/// tables are read; glyph data is never touched.
/// </summary>
internal static class SfntReader
{
    private const uint TagTtcf = 0x74746366; // 'ttcf'

    public static IReadOnlyList<FontFaceInfo> ReadFaces(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        return ReadFaces(stream, path);
    }

    /// <summary>The faces of a font file in memory (a font built into the program); <paramref name="path"/> is how it is named.</summary>
    public static unsafe IReadOnlyList<FontFaceInfo> ReadFaces(IFontBytes bytes, string path)
    {
        using var stream = new UnmanagedMemoryStream((byte*)bytes.Pointer, bytes.Length);
        return ReadFaces(stream, path);
    }

    private static IReadOnlyList<FontFaceInfo> ReadFaces(Stream stream, string path)
    {
        var head = ReadAt(stream, 0, 12);
        if (head.Length < 12)
        {
            return [];
        }
        if (BinaryPrimitives.ReadUInt32BigEndian(head) == TagTtcf)
        {
            var count = (int)BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(8));
            if (count is <= 0 or > 1000)
            {
                return [];
            }
            var offsets = ReadAt(stream, 12, 4 * count);
            var faces = new List<FontFaceInfo>(count);
            for (var i = 0; i < count && 4 * i + 4 <= offsets.Length; i++)
            {
                var face = ReadFace(stream, path, i, BinaryPrimitives.ReadUInt32BigEndian(offsets.AsSpan(4 * i)));
                if (face is not null)
                {
                    faces.Add(face);
                }
            }
            return faces;
        }
        var single = ReadFace(stream, path, 0, 0);
        return single is null ? [] : [single];
    }

    private static FontFaceInfo? ReadFace(Stream stream, string path, int index, long offset)
    {
        var dir = ReadAt(stream, offset, 12);
        if (dir.Length < 12)
        {
            return null;
        }
        var sfntVersion = BinaryPrimitives.ReadUInt32BigEndian(dir);
        if (sfntVersion is not (0x00010000 or 0x4F54544F /* OTTO */ or 0x74727565 /* true */))
        {
            return null;
        }
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(dir.AsSpan(4));
        var records = ReadAt(stream, offset + 12, 16 * numTables);
        (long Offset, int Length)? name = null, os2 = null, headTable = null;
        var cff = false;
        for (var t = 0; t + 16 <= records.Length; t += 16)
        {
            var tag = Encoding.ASCII.GetString(records, t, 4);
            var entry = ((long)BinaryPrimitives.ReadUInt32BigEndian(records.AsSpan(t + 8)),
                (int)BinaryPrimitives.ReadUInt32BigEndian(records.AsSpan(t + 12)));
            switch (tag)
            {
                case "name": name = entry; break;
                case "OS/2": os2 = entry; break;
                case "head": headTable = entry; break;
                case "CFF ":
                case "CFF2": cff = true; break;
            }
        }
        if (name is null)
        {
            return null;
        }
        var (families, fullNames, subfamilies, postScript) = ReadNames(ReadAt(stream, name.Value.Offset, name.Value.Length));
        var weight = 400;
        var italic = false;
        var ascentRatio = 0.88f;
        if (os2 is { Length: >= 64 } o)
        {
            var table = ReadAt(stream, o.Offset, Math.Min(o.Length, 72));
            weight = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
            italic = (BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(62)) & 1) != 0;
            if (table.Length >= 72)
            {
                var ascender = BinaryPrimitives.ReadInt16BigEndian(table.AsSpan(68));
                var descender = BinaryPrimitives.ReadInt16BigEndian(table.AsSpan(70));
                if (ascender > 0 && descender <= 0)
                {
                    ascentRatio = ascender / (float)(ascender - descender);
                }
            }
        }
        else if (headTable is { Length: >= 46 } h)
        {
            var macStyle = BinaryPrimitives.ReadUInt16BigEndian(ReadAt(stream, h.Offset + 44, 2));
            weight = (macStyle & 1) != 0 ? 700 : 400;
            italic = (macStyle & 2) != 0;
        }
        if (weight < 600 && subfamilies.Any(s => s.Equals("Bold", StringComparison.OrdinalIgnoreCase)))
        {
            weight = 700;
        }
        return new FontFaceInfo(path, index, families, fullNames, weight, italic, cff) { AscentRatio = ascentRatio, PostScriptName = postScript };
    }

    private static (List<string> Families, List<string> FullNames, List<string> Subfamilies, string PostScript) ReadNames(byte[] table)
    {
        var families = new List<string>();
        var fullNames = new List<string>();
        var subfamilies = new List<string>();
        var postScript = new List<string>();
        if (table.Length < 6)
        {
            return (families, fullNames, subfamilies, "");
        }
        var count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        var stringOffset = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        // Typographic family (16) before legacy family (1): "LXGW WenKai" rather than "LXGW WenKai Light".
        foreach (var wanted in new[] { 16, 1, 4, 2, 6 })
        {
            for (var i = 0; i < count; i++)
            {
                var r = 6 + 12 * i;
                if (r + 12 > table.Length)
                {
                    break;
                }
                var platform = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(r));
                var encoding = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(r + 2));
                var nameId = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(r + 6));
                if (nameId != wanted)
                {
                    continue;
                }
                var length = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(r + 8));
                var start = stringOffset + BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(r + 10));
                if (start + length > table.Length)
                {
                    continue;
                }
                var text = Decode(platform, encoding, table.AsSpan(start, length));
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }
                var list = wanted switch { 4 => fullNames, 2 => subfamilies, 6 => postScript, _ => families };
                if (!list.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    list.Add(text.Trim());
                }
            }
        }
        return (families, fullNames, subfamilies, postScript.FirstOrDefault() ?? "");
    }

    private static string? Decode(ushort platform, ushort encoding, ReadOnlySpan<byte> bytes) => platform switch
    {
        0 => Encoding.BigEndianUnicode.GetString(bytes),
        3 when encoding is 0 or 1 or 10 => Encoding.BigEndianUnicode.GetString(bytes),
        1 when encoding == 0 => Encoding.Latin1.GetString(bytes),
        _ => null,
    };

    private static byte[] ReadAt(Stream stream, long offset, int length)
    {
        if (length <= 0 || offset < 0 || offset >= stream.Length)
        {
            return [];
        }
        length = (int)Math.Min(length, stream.Length - offset);
        var buffer = new byte[length];
        stream.Position = offset;
        stream.ReadExactly(buffer);
        return buffer;
    }
}
