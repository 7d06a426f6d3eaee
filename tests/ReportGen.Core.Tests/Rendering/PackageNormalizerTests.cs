using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ReportGen.Core.Rendering;

namespace ReportGen.Core.Tests.Rendering;

/// <summary>A normalized package is the same bytes whatever the time and whatever system wrote it.</summary>
public sealed class PackageNormalizerTests
{
    private static byte[] Package(DateTimeOffset time)
    {
        using var output = new MemoryStream();
        PackageNormalizer.Write(output, time, buffer =>
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var (name, text) in new[] { ("word/document.xml", "<w:document/>"), ("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>") })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        });
        return output.ToArray();
    }

    /// <summary>(version made by, external attributes, name) of each central directory record.</summary>
    private static List<(ushort MadeBy, uint External, string Name)> CentralDirectory(byte[] zip)
    {
        var end = zip.Length - 22;
        Assert.Equal(0x06054b50u, BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var records = new List<(ushort, uint, string)>();
        for (var i = 0; i < BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10)); i++)
        {
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28));
            records.Add((BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 4)), BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at + 38)), Encoding.UTF8.GetString(zip, at + 46, nameLength)));
            at += 46 + nameLength + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 30)) + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 32));
        }
        return records;
    }

    [Fact]
    public void Every_entry_is_recorded_as_windows_records_it_so_linux_writes_the_same_bytes()
    {
        // Windows' System.IO.Compression writes 2.0 on MS-DOS (0x0014) and no attributes; on Linux it
        // writes Unix (0x0314) with the file's permissions (0x81A40000), unless normalized.
        Assert.Equal(
            [(0x0014, 0u, "[Content_Types].xml"), (0x0014, 0u, "_rels/.rels"), (0x0014, 0u, "word/document.xml")],
            CentralDirectory(Package(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000))));
    }

    [Fact]
    public void The_same_content_at_the_same_time_is_the_same_bytes_and_still_reads()
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var bytes = Package(time);
        Assert.Equal(bytes, Package(time));
        Assert.NotEqual(bytes, Package(time.AddDays(1)));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        Assert.Equal("<w:document/>", reader.ReadToEnd());
        Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20), zip.GetEntry("word/document.xml")!.LastWriteTime.DateTime);
    }
}
