using System.IO.Compression;
using ReportGen.Xlsx;

namespace ReportGen.Cli.Tests.Batch;

/// <summary><c>build --format xlsx</c> through the command: the workbook beside the other formats, reproducible with SOURCE_DATE_EPOCH.</summary>
[Collection(EnvironmentCollection.Name)]
public sealed class XlsxBuildTests : IDisposable
{
    private readonly BatchWorkspace _ws = new();
    private readonly string? _epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");

    public XlsxBuildTests()
    {
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000");
        _ws.ExtraRenderers.Add(new XlsxRenderer());
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", _epoch);
        _ws.Dispose();
    }

    [Fact]
    public void Build_writes_the_workbook_with_the_epoch_time_and_the_same_bytes_again()
    {
        _ws.AddReference();
        var first = _ws.Build("--format", "xlsx,txt");
        Assert.Equal(0, first.Code);
        Assert.Contains("yubei-zwfw-2024.xlsx", first.Out, StringComparison.Ordinal);
        var path = _ws.Output("yubei-zwfw-2024", "xlsx");
        var bytes = File.ReadAllBytes(path);
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
            Assert.All(zip.Entries, e => Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000).UtcDateTime, e.LastWriteTime.DateTime));
        }
        Assert.Empty(_ws.Leftovers());
        Assert.Equal(0, _ws.Build("--format", "xlsx,txt", "--force").Code);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}
