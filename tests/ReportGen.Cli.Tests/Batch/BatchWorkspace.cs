using System.Globalization;
using ReportGen.Pipeline;
using ReportGen.Cli.Commands;
using ReportGen.Core.Rendering;
using ReportGen.Core.Sampling;
using ReportGen.Docx;
using ReportGen.Pdf;

namespace ReportGen.Cli.Tests.Batch;

/// <summary>
/// A temporary folder with inputs, a private copy of the default templates and an output folder, and
/// <c>reportgen build</c> run in-process on it. Departments come from the sample generator and the
/// reference dataset; broken ones are made from them by small textual changes.
/// </summary>
internal sealed class BatchWorkspace : IDisposable
{
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private static readonly string DefaultTemplates = Path.Combine(AppContext.BaseDirectory, "templates");
    private static readonly Lazy<PdfRenderer> SharedPdf = new(() => new PdfRenderer());

    public BatchWorkspace()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Root = Directory.CreateTempSubdirectory("rg-batch-test-").FullName;
        Directory.CreateDirectory(Inputs);
        foreach (var file in Directory.GetFiles(DefaultTemplates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Templates, Path.GetRelativePath(DefaultTemplates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }
    public string Inputs => Path.Combine(Root, "in");
    public string Templates => Path.Combine(Root, "templates");
    public string Out => Path.Combine(Root, "out");

    /// <summary>Writes <paramref name="count"/> generated departments (sample-001.json …) into the inputs.</summary>
    public IReadOnlyList<string> AddSamples(int count, int seed = 17) => SampleSet.Write(Inputs, count, seed);

    /// <summary>Copies the reference department into the inputs under <paramref name="name"/>.</summary>
    public string AddReference(string name = "yubei-zwfw-2024.json") => AddChanged(name, "", "");

    /// <summary>The reference with one textual change (none when <paramref name="from"/> is empty), written into the inputs.</summary>
    public string AddChanged(string name, string from, string to)
    {
        var text = File.ReadAllText(Reference);
        if (from.Length > 0)
        {
            Assert.Contains(from, text);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        var path = Path.Combine(Inputs, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string Output(string stem, string format) => Path.Combine(Out, stem + "." + format);

    /// <summary>Runs the build command; the last arguments are the defaults a test does not repeat.</summary>
    public (int Code, string Out, string Err) Build(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        IDocumentRenderer[] renderers = [new TextRenderer(), new DocxRenderer(), SharedPdf.Value, .. ExtraRenderers];
        var command = new BuildCommand(renderers, output, error) { Files = Files, Interrupt = Interrupt };
        var code = command.Run([Inputs, "--out", Out, "--templates", Templates, .. args]);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The file system the command writes its outputs through (replaced to inject faults).</summary>
    public OutputFiles Files { get; set; } = OutputFiles.System;

    /// <summary>Cancelled: the command behaves as after Ctrl+C.</summary>
    public CancellationToken Interrupt { get; set; }

    /// <summary>More renderers offered to the command (e.g. one that fails on purpose).</summary>
    public List<IDocumentRenderer> ExtraRenderers { get; } = [];

    /// <summary>Last write time and bytes of every output file, to tell rebuilt files from untouched ones.</summary>
    public Dictionary<string, (DateTime Written, byte[] Bytes)> Snapshot() =>
        Directory.GetFiles(Out).Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetFileName(f), f => (File.GetLastWriteTimeUtc(f), File.ReadAllBytes(f)));

    /// <summary>Every temporary file left in the output folder (there should be none).</summary>
    public string[] Leftovers() => Directory.GetFiles(Out, "*.tmp", SearchOption.AllDirectories);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
