using Microsoft.Extensions.DependencyInjection;

namespace ReportGen.Web.Tests;

/// <summary>
/// Ctrl+C on <c>reportgen serve</c> during a rebuild (re-check of issue 12, 2026-11-29 evening): the process
/// ended under the running departments, leaving temporary files and at times a segmentation fault in the
/// font code. Stopping the app now starts no further department and waits for those under way.
/// </summary>
public sealed class ShutdownTests : IDisposable
{
    private readonly Site _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Stopping_the_app_during_a_rebuild_finishes_the_departments_under_way_and_leaves_nothing_half_written()
    {
        for (var i = 0; i < 8; i++)
        {
            File.Copy(Site.ReferenceData, Path.Combine(_site.Data, $"c{i}.json"));
        }
        var factory = new SiteFactory(_site);
        _ = factory.CreateClient();
        var job = factory.Services.GetRequiredService<Workspace>().StartRebuild(force: true);

        factory.Dispose();

        // Disposing the app waits for the rebuild (Workspace.Dispose; `reportgen serve` disposes the app
        // before it returns). Here the factory runs the web project's own Main, whose host is disposed on
        // that entry point's thread, not inside the factory's Dispose: once, in a full run on a loaded
        // machine, the job was not yet finished when Dispose returned. So: the job must end by itself,
        // soon, and leave nothing half written.
        Assert.True(SpinWait.SpinUntil(() => job.Finished, TimeSpan.FromSeconds(60)), "the rebuild did not stop");
        var (lines, _, exit) = job.Since(0);
        Assert.True(exit is 130 or 1, string.Join("\n", lines));
        Assert.Empty(Directory.GetFiles(_site.Out, "*.tmp"));
        var written = Directory.GetFiles(_site.Out, "c*.docx");
        Assert.True(written.Length < 8, "the rebuild was not stopped: " + string.Join("\n", lines));
        foreach (var docx in written)
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(docx);
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }
        // What was finished is recorded (when anything was); the record reads.
        var manifest = Path.Combine(_site.Out, ".reportgen-manifest.json");
        Assert.True(written.Length == 0 || File.Exists(manifest));
        if (File.Exists(manifest))
        {
            using var _ = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(manifest));
        }
    }
}
