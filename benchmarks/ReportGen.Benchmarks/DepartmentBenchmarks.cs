using BenchmarkDotNet.Attributes;
using ReportGen.Core.Documents;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Core.Validation;
using ReportGen.Docx;
using ReportGen.Pdf;
using ReportGen.Pipeline;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;

namespace ReportGen.Benchmarks;

/// <summary>
/// One department (the reference data) through the pipeline on one thread, warm: the whole way from
/// JSON to DOCX + PDF (what <c>reportgen build</c> does per department), and each stage alone so the
/// time can be attributed. Everything a batch shares — parsed templates, the style sheet, the
/// renderer instances with their fonts — is made once in the setup, as in a batch.
/// </summary>
public class DepartmentBenchmarks
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "templates");

    private readonly MemoryStream _output = new();
    private TemplateRenderer _templates = null!;
    private StyleSheet _style = null!;
    private DocxRenderer _docx = null!;
    private PdfRenderer _pdf = null!;
    private RenderOptions _options = null!;
    private BudgetReport _report = null!;
    private Document _document = null!;
    private DocumentPipeline _pipeline = null!;
    private string _outDir = null!;

    [GlobalSetup]
    public void Setup()
    {
        var set = TemplateSet.Load(Templates);
        if (set.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", set.Diagnostics));
        }
        _templates = new TemplateRenderer(set);
        _style = StyleSheet.Load(Path.Combine(Templates, "style.json"));
        _docx = new DocxRenderer();
        _pdf = new PdfRenderer();
        _options = RenderOptions.Default with { Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) };
        _report = LoadAndValidate();
        _document = _templates.Render(_report).Document ?? throw new InvalidOperationException("the templates made no document");
        _pipeline = new DocumentPipeline(_templates, _style, [_docx, _pdf], _options, ValidationOptions.Default);
        _outDir = Directory.CreateTempSubdirectory("rg-bench-").FullName;
        _dataBytes = File.ReadAllBytes(Data);
    }

    private byte[] _dataBytes = [];

    [GlobalCleanup]
    public void Cleanup()
    {
        _pdf.Dispose();
        Directory.Delete(_outDir, recursive: true);
    }

    /// <summary>The library call `reportgen build` and `reportgen serve` make per department, files written.</summary>
    [Benchmark(Description = "DocumentPipeline.Build → DOCX + PDF files")]
    public int PipelineBuild()
    {
        var outcome = _pipeline.Build(Data, _dataBytes, _outDir);
        return outcome.Succeeded ? outcome.Written.Count : throw new InvalidOperationException(string.Join("\n", outcome.Diagnostics));
    }

    [Benchmark(Description = "JSON → DOCX + PDF")]
    public long JsonToDocxAndPdf()
    {
        var document = _templates.Render(LoadAndValidate()).Document!;
        return Render(_docx, document) + Render(_pdf, document);
    }

    [Benchmark(Description = "load + validate")]
    public BudgetReport LoadValidate() => LoadAndValidate();

    [Benchmark(Description = "templates → document model")]
    public Document? Templates_() => _templates.Render(_report).Document;

    [Benchmark(Description = "DOCX")]
    public long Docx() => Render(_docx, _document);

    [Benchmark(Description = "PDF")]
    public long Pdf() => Render(_pdf, _document);

    [Benchmark(Description = "templates + DOCX (fresh model)")]
    public long FreshDocx() => Render(_docx, _templates.Render(_report).Document!);

    [Benchmark(Description = "templates + PDF (fresh model)")]
    public long FreshPdf() => Render(_pdf, _templates.Render(_report).Document!);

    private BudgetReport LoadAndValidate()
    {
        var loaded = BudgetLoader.Load(Data);
        var report = loaded.Report ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics));
        var found = BudgetValidator.Validate(report, Data, ValidationOptions.Default);
        return found.Any(d => d.IsError) ? throw new InvalidOperationException(string.Join("\n", found)) : report;
    }

    private long Render(IDocumentRenderer renderer, Document document)
    {
        _output.SetLength(0);
        renderer.Render(document, _style, _output, _options);
        return _output.Length;
    }
}
