using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportGen.Core.Rendering;

/// <summary>
/// Rewrites a package so the same content gives the same bytes: System.IO.Packaging stamps every zip
/// entry with the current time, so the entries are copied in a fixed order ([Content_Types].xml
/// first, then by name) with one fixed time. The same bytes on every system, too: System.IO.Compression
/// records the system that wrote an entry (Unix with file permissions on Linux, MS-DOS without on
/// Windows), so every entry is recorded as Windows records it.
/// </summary>
public static class PackageNormalizer
{
    private const string ContentTypes = "[Content_Types].xml";

    /// <summary>
    /// Lets <paramref name="write"/> make the package in memory, then writes it normalized to
    /// <paramref name="output"/> with every entry at <paramref name="timestamp"/>.
    /// </summary>
    public static void Write(Stream output, DateTimeOffset timestamp, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        Rewrite(buffer, output, timestamp);
    }

    public static void Rewrite(Stream package, Stream output, DateTimeOffset timestamp)
    {
        // Zip times are local DOS times from 1980 on; the entry time is the timestamp's UTC wall clock.
        var entryTime = new DateTimeOffset(
            DateTime.SpecifyKind(Max(timestamp.UtcDateTime, new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc)), DateTimeKind.Unspecified),
            TimeSpan.Zero);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => e.FullName == ContentTypes ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var zipped = new MemoryStream();
        using (var target = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = entryTime;
                copy.ExternalAttributes = 0;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        RecordAsMsDos(zipped.GetBuffer().AsSpan(0, (int)zipped.Length));
        zipped.Position = 0;
        zipped.CopyTo(output);
    }

    /// <summary>
    /// Sets the "version made by" of every central directory record to 2.0 on MS-DOS (0x0014), which is
    /// what System.IO.Compression writes on Windows; on Linux it writes 0x0314 (Unix). Nothing else in the
    /// zip depends on it.
    /// </summary>
    internal static void RecordAsMsDos(Span<byte> zip)
    {
        const int EndRecordSize = 22;
        var end = zip.Length - EndRecordSize;
        if (end < 0 || BinaryPrimitives.ReadUInt32LittleEndian(zip[end..]) != 0x06054b50)
        {
            // The archive was written just above without a comment, so its end record is last.
            throw new InvalidDataException("zip end record not found");
        }
        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        for (var i = 0; i < count; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) != 0x02014b50)
            {
                throw new InvalidDataException("zip central directory record not found");
            }
            BinaryPrimitives.WriteUInt16LittleEndian(zip[(at + 4)..], 0x0014);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 28)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 30)..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 32)..]);
            at += 46 + nameLength + extraLength + commentLength;
        }
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
