using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// The tables of one font file in memory (a subset HarfBuzz made: a single font, not a collection)
/// and the metrics a PDF font descriptor needs, in 1/1000 em.
/// </summary>
internal sealed class SfntTables
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);

    public SfntTables(byte[] data)
    {
        _data = data;
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var r = 12 + 16 * i;
            var tag = Encoding.ASCII.GetString(data, r, 4);
            _tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(r + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(r + 12)));
        }
        var head = Table("head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        BBox = [Em(BinaryPrimitives.ReadInt16BigEndian(head[36..])), Em(BinaryPrimitives.ReadInt16BigEndian(head[38..])),
            Em(BinaryPrimitives.ReadInt16BigEndian(head[40..])), Em(BinaryPrimitives.ReadInt16BigEndian(head[42..]))];
        var hhea = Table("hhea");
        Ascent = Em(BinaryPrimitives.ReadInt16BigEndian(hhea[4..]));
        Descent = Em(BinaryPrimitives.ReadInt16BigEndian(hhea[6..]));
        var os2 = Table("OS/2");
        CapHeight = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2 ? Em(BinaryPrimitives.ReadInt16BigEndian(os2[88..])) : Ascent;
        Weight = os2.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(os2[4..]) : 400;
    }

    public int UnitsPerEm { get; }

    /// <summary>xMin, yMin, xMax, yMax in 1/1000 em.</summary>
    public int[] BBox { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public int CapHeight { get; }

    public int Weight { get; }

    public bool Has(string tag) => _tables.ContainsKey(tag);

    public ReadOnlySpan<byte> Table(string tag) =>
        _tables.TryGetValue(tag, out var t) && t.Offset + t.Length <= _data.Length ? _data.AsSpan(t.Offset, t.Length) : [];

    private int Em(int units) => (int)Math.Round(units * 1000.0 / UnitsPerEm);
}
