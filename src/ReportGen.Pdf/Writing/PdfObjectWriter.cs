using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// Writes the objects of a PDF file in order, remembering their offsets, then the cross-reference
/// table and trailer (PDF 32000-1 §7.5). Object numbers are reserved first so objects can refer
/// to each other before they are written. Output is a function of the input only.
/// </summary>
internal sealed class PdfObjectWriter
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private readonly Stream _output;
    private readonly Dictionary<int, long> _offsets = [];
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;
    private int _next = 1;

    public PdfObjectWriter(Stream output)
    {
        _output = output;
        // A binary comment after the header tells transfer tools the file is binary (§7.5.2).
        Raw("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
    }

    public int Reserve() => _next++;

    public void Object(int number, string body)
    {
        _offsets[number] = _position;
        Raw(FormattableString.Invariant($"{number} 0 obj\n{body}\nendobj\n"));
    }

    /// <summary>A stream object, Flate-compressed; <paramref name="dictionary"/> holds extra entries without the brackets.</summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.Optimal)
    {
        var compressed = Compress(data, level);
        _offsets[number] = _position;
        var extra = dictionary.Length > 0 ? "\n" + dictionary : "";
        Raw(FormattableString.Invariant($"{number} 0 obj\n<</Filter /FlateDecode\n/Length {compressed.Length}{extra}>>\nstream\n"));
        Bytes(compressed);
        Raw("\nendstream\nendobj\n");
    }

    /// <summary>Writes the cross-reference table and the trailer; the file ID is a hash of everything before it.</summary>
    public void Finish(int root, int info)
    {
        var xref = _position;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(PdfSyntax.Int(_next)).Append('\n').Append("0000000000 65535 f \n");
        for (var n = 1; n < _next; n++)
        {
            var offset = _offsets.TryGetValue(n, out var o) ? o : throw new InvalidOperationException($"PDF object {n} was reserved but not written.");
            sb.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }
        var id = Convert.ToHexString(_hash.GetHashAndReset().AsSpan(0, 16));
        sb.Append("trailer\n<</Size ").Append(PdfSyntax.Int(_next)).Append("\n/Root ").Append(PdfSyntax.Ref(root)).Append("\n/Info ").Append(PdfSyntax.Ref(info))
            .Append("\n/ID [<").Append(id).Append("> <").Append(id).Append(">]>>\nstartxref\n").Append(PdfSyntax.Int(xref)).Append("\n%%EOF\n");
        Raw(sb.ToString());
    }

    private static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        using var buffer = new MemoryStream(data.Length / 2 + 64);
        using (var z = new ZLibStream(buffer, level, leaveOpen: true))
        {
            z.Write(data);
        }
        return buffer.ToArray();
    }

    private void Raw(string text) => Bytes(Latin1.GetBytes(text));

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _hash.AppendData(bytes);
        _position += bytes.Length;
    }
}
