using System.IO.Compression;

namespace ReportGen.Docx.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_document_and_timestamp_give_identical_bytes()
    {
        var first = Rendered.Render(SampleDocument.Build());
        var second = Rendered.Render(SampleDocument.Build());
        Assert.Equal(first, second);
    }

    [Fact]
    public void Timestamp_is_written_to_core_properties_and_zip_entries()
    {
        var time = new DateTimeOffset(2024, 3, 1, 9, 15, 30, TimeSpan.Zero);
        var bytes = Rendered.Render(SampleDocument.Build(3), timestamp: time);
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
            Assert.All(zip.Entries, e => Assert.Equal(time.DateTime, e.LastWriteTime.DateTime));
        }
        using var docx = new MemoryStream(bytes);
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false);
        Assert.Equal(time.UtcDateTime, package.PackageProperties.Created);
        Assert.Equal(time.UtcDateTime, package.PackageProperties.Modified);
    }

    [Fact]
    public void A_different_timestamp_changes_the_bytes()
    {
        var first = Rendered.Render(SampleDocument.Build(3), timestamp: Rendered.FixedTime);
        var second = Rendered.Render(SampleDocument.Build(3), timestamp: Rendered.FixedTime.AddDays(1));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Renders_in_parallel_with_one_renderer_give_the_same_bytes()
    {
        var expected = Rendered.Render(SampleDocument.Build(20));
        var renderer = new DocxRenderer();
        var results = Enumerable.Range(0, 8).AsParallel().Select(_ =>
        {
            using var output = new MemoryStream();
            renderer.Render(SampleDocument.Build(20), Rendered.Sheet, output, new() { Timestamp = Rendered.FixedTime });
            return output.ToArray();
        }).ToList();
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
