using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// What the PDF needs from a CFF font program (Adobe TN #5176): whether it is CID-keyed, its
/// Registry-Ordering-Supplement, and the CID of each glyph. HarfBuzz renumbers the glyphs of a
/// subset but keeps their CIDs in the charset, and a PDF selects CFF glyphs by CID (§9.7.4.2).
/// </summary>
internal sealed class CffCharset
{
    private CffCharset(bool cidKeyed, string registry, string ordering, int supplement, int[] cids)
    {
        CidKeyed = cidKeyed;
        Registry = registry;
        Ordering = ordering;
        Supplement = supplement;
        Cids = cids;
    }

    public bool CidKeyed { get; }

    public string Registry { get; }

    public string Ordering { get; }

    public int Supplement { get; }

    /// <summary>The CID of each glyph index (for a name-keyed font, the glyph index itself).</summary>
    public int[] Cids { get; }

    public static CffCharset Read(byte[] cff)
    {
        var p = (int)cff[2]; // header size
        p = SkipIndex(cff, p); // Name INDEX
        var top = ReadIndex(cff, p, out p)[0];
        var strings = ReadIndex(cff, p, out _);
        var dict = ReadDict(cff.AsSpan(top.Start, top.Length));
        var glyphs = CountIndex(cff, (int)dict[17][0]);
        if (!dict.TryGetValue(12 << 8 | 30, out var ros))
        {
            return new CffCharset(false, "Adobe", "Identity", 0, Enumerable.Range(0, glyphs).ToArray());
        }
        string Sid(double sid) => sid < 391 ? "Adobe" : Encoding.ASCII.GetString(cff, strings[(int)sid - 391].Start, strings[(int)sid - 391].Length);
        var cids = new int[glyphs];
        var q = (int)dict[15][0];
        var format = cff[q++];
        var gid = 1;
        while (gid < glyphs)
        {
            var first = BinaryPrimitives.ReadUInt16BigEndian(cff.AsSpan(q));
            if (format == 0)
            {
                cids[gid++] = first;
                q += 2;
                continue;
            }
            int left = format == 1 ? cff[q + 2] : BinaryPrimitives.ReadUInt16BigEndian(cff.AsSpan(q + 2));
            q += format == 1 ? 3 : 4;
            for (var k = 0; k <= left && gid < glyphs; k++)
            {
                cids[gid++] = first + k;
            }
        }
        return new CffCharset(true, Sid(ros[0]), Sid(ros[1]), (int)ros[2], cids);
    }

    private static int CountIndex(byte[] cff, int p) => BinaryPrimitives.ReadUInt16BigEndian(cff.AsSpan(p));

    private static int SkipIndex(byte[] cff, int p)
    {
        ReadIndex(cff, p, out var end);
        return end;
    }

    private static List<(int Start, int Length)> ReadIndex(byte[] cff, int p, out int end)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cff.AsSpan(p));
        var items = new List<(int, int)>(count);
        if (count == 0)
        {
            end = p + 2;
            return items;
        }
        var size = cff[p + 2];
        int Offset(int i)
        {
            var v = 0;
            for (var b = 0; b < size; b++)
            {
                v = v << 8 | cff[p + 3 + i * size + b];
            }
            return v;
        }
        var dataStart = p + 3 + (count + 1) * size - 1;
        for (var i = 0; i < count; i++)
        {
            items.Add((dataStart + Offset(i), Offset(i + 1) - Offset(i)));
        }
        end = dataStart + Offset(count);
        return items;
    }

    /// <summary>A DICT: operator (two-byte ones as 12 &lt;&lt; 8 | b) → operands. Real operands are skipped (read as 0).</summary>
    private static Dictionary<int, List<double>> ReadDict(ReadOnlySpan<byte> d)
    {
        var result = new Dictionary<int, List<double>>();
        var operands = new List<double>();
        var i = 0;
        while (i < d.Length)
        {
            int b = d[i];
            if (b <= 21)
            {
                var op = b == 12 ? 12 << 8 | d[i + 1] : b;
                i += b == 12 ? 2 : 1;
                result[op] = operands;
                operands = [];
            }
            else if (b == 28)
            {
                operands.Add(BinaryPrimitives.ReadInt16BigEndian(d[(i + 1)..]));
                i += 3;
            }
            else if (b == 29)
            {
                operands.Add(BinaryPrimitives.ReadInt32BigEndian(d[(i + 1)..]));
                i += 5;
            }
            else if (b == 30)
            {
                i++;
                while (i < d.Length && (d[i] & 0x0F) != 0x0F && (d[i] >> 4) != 0x0F)
                {
                    i++;
                }
                i++;
                operands.Add(0);
            }
            else if (b is >= 32 and <= 246)
            {
                operands.Add(b - 139);
                i++;
            }
            else if (b is >= 247 and <= 250)
            {
                operands.Add((b - 247) * 256 + d[i + 1] + 108);
                i += 2;
            }
            else if (b is >= 251 and <= 254)
            {
                operands.Add(-(b - 251) * 256 - d[i + 1] - 108);
                i += 2;
            }
            else
            {
                i++;
            }
        }
        return result;
    }
}
