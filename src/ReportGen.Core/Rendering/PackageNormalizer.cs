using System.IO.Compression;

namespace ReportGen.Core.Rendering;

/// <summary>
/// Rewrites a package so the same content gives the same bytes: System.IO.Packaging stamps every zip
/// entry with the current time, so the entries are copied in a fixed order ([Content_Types].xml
/// first, then by name) with one fixed time.
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
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
