using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Rendering;
using ReportGen.Core.Validation;
using ReportGen.Pipeline;

namespace ReportGen.Web;

/// <summary>
/// A department the app can show: a data file of the folder (addressed by its index in the server's
/// own listing) or an upload (by the number the server gave it). No path ever comes from a request:
/// pages name a department by <see cref="Url"/>, and the server maps that back through its listing.
/// </summary>
public sealed record Department(int Number, string Input, string Name, bool Uploaded, string OutDir)
{
    /// <summary>For a workbook upload: what the import said (placed at the workbook's sheet!cell), or null.</summary>
    public IReadOnlyList<Diagnostic>? Imported { get; init; }

    /// <summary>The workbook could not be imported: there is no data file, only <see cref="Imported"/>.</summary>
    public bool ImportFailed { get; init; }

    /// <summary>
    /// For an imported workbook: the import's check of the data file it wrote (its findings at the
    /// workbook's cells, every 【待填写】 still to fill an error at its JSON path), which the pipeline builds
    /// from — the upload is validated once.
    /// </summary>
    public FileValidation? ImportedCheck { get; init; }

    public string Stem => Path.GetFileNameWithoutExtension(Input);

    public string Url => (Uploaded ? "/u/" : "/d/") + Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A key unique among all departments (folder and uploads), for the preview folder.</summary>
    public string Key => (Uploaded ? "u" : "d") + Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the pipeline said about a department: its diagnostics, and whether its documents can be made.</summary>
public sealed record DepartmentCheck(Department Department, BuildOutcome? Outcome, TemplateState Templates)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Outcome?.Diagnostics ?? Templates.Problems;

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>One row of the reviewer's table.</summary>
public sealed record DepartmentRow(DepartmentCheck Check, string? RebuildReason, int? Pages)
{
    public bool UpToDate => RebuildReason is null;
}

/// <summary>
/// The app's state and every call it makes into the pipeline library: checking a department (load,
/// validate, templates — <see cref="DocumentPipeline"/> with no renderer), its preview (the same
/// pipeline with the HTML renderer), its documents (the batch runner of <c>reportgen build</c> for one
/// department, into the same output folder and manifest) and the folder's rebuild
/// (<see cref="BatchBuild"/> itself). Writes to an output folder are serialised.
/// </summary>
public sealed class Workspace : IDisposable
{
    /// <summary>The formats offered for download, in the order the pages list them.</summary>
    public static readonly IReadOnlyList<string> Formats = ["docx", "pdf", "xlsx", "html"];

    private readonly WebOptions _options;
    private readonly IReadOnlyList<IDocumentRenderer> _renderers;
    private readonly IDocumentRenderer _html;
    private readonly RenderOptions _render = PipelineSetup.RenderOptionsFromEnvironment();
    private readonly ValidationOptions _validation = ValidationOptions.Default;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writing = new(1, 1);
    // Stopping the app (Ctrl+C) stops a rebuild between departments; Dispose waits for those under way.
    private readonly CancellationTokenSource _stopping = new();
    private Task _rebuild = Task.CompletedTask;
    private readonly Lock _starting = new();
    private readonly ConcurrentDictionary<int, Department> _uploads = new();
    private readonly ConcurrentDictionary<string, (string Key, BuildOutcome Outcome)> _checks = new();
    private readonly ConcurrentDictionary<string, (string Key, Task<BuildOutcome> Outcome, string Html)> _previews = new();
    private readonly bool _ownsWorkDir;
    private int _uploadCount;
    private BuildJob? _build;

    public Workspace(WebOptions options, IEnumerable<IDocumentRenderer> renderers, ILogger<Workspace>? logger = null)
    {
        _options = options;
        var all = renderers.ToList();
        _renderers = [.. Formats.Select(f => all.First(r => r.Format == f))];
        _html = _renderers.Single(r => r.Format == "html");
        _logger = logger ?? (ILogger)NullLogger.Instance;
        DataDir = options.DataDir;
        OutDir = options.OutDir;
        _ownsWorkDir = options.WorkDir is null;
        WorkDir = options.WorkDir is { } work ? Directory.CreateDirectory(work).FullName : Directory.CreateTempSubdirectory("reportgen-serve-").FullName;
        Templates = new TemplateWatch(PipelineSetup.Templates(options.TemplatesDir), options.StylePath, _renderers, _validation, _render);
    }

    public string DataDir { get; }

    public string OutDir { get; }

    /// <summary>Uploads, their documents and the previews (a temporary folder unless configured).</summary>
    public string WorkDir { get; }

    public long MaxUploadBytes => _options.MaxUploadBytes;

    public TemplateWatch Templates { get; }

    /// <summary>The last rebuild of the folder (running or finished), or null.</summary>
    public BuildJob? Build => Volatile.Read(ref _build);

    /// <summary>The departments of the data folder, in file-name order; their index is their number.</summary>
    public IReadOnlyList<Department> Folder()
    {
        if (!Directory.Exists(DataDir))
        {
            return [];
        }
        var (files, _) = InputFiles.Expand([DataDir]);
        return [.. files.Select((f, i) => new Department(i, f, Path.GetFileName(f), false, OutDir))];
    }

    /// <summary>The folder's department of number <paramref name="index"/>, or null when there is none.</summary>
    public Department? FolderDepartment(int index)
    {
        var folder = Folder();
        return index >= 0 && index < folder.Count ? folder[index] : null;
    }

    public Department? Upload(int number) => _uploads.GetValueOrDefault(number);

    /// <summary>
    /// Keeps an uploaded data file in the working folder under a name the server makes (the file
    /// name sent is reduced to letters, digits, '-' and '_', only for the documents' names).
    /// </summary>
    public async Task<Department> AddUploadAsync(string sentName, Stream content, CancellationToken cancel)
    {
        var number = Interlocked.Increment(ref _uploadCount);
        var folder = Directory.CreateDirectory(Path.Combine(WorkDir, "uploads", number.ToString(CultureInfo.InvariantCulture))).FullName;
        var stem = SafeStem(Path.GetFileNameWithoutExtension(Path.GetFileName(sentName.Replace('\\', '/'))));
        var input = Path.Combine(folder, stem + ".json");
        await using (var file = new FileStream(input, FileMode.CreateNew, FileAccess.Write))
        {
            await content.CopyToAsync(file, cancel);
        }
        var department = new Department(number, input, stem + ".json", true, Path.Combine(folder, "out"));
        _uploads[number] = department;
        return department;
    }

    /// <summary>
    /// Keeps an uploaded workbook (.xlsx/.xls) in the working folder and imports it as
    /// <c>reportgen import</c> does; the data file it makes is the department's input. When the import
    /// fails the department has only the import's problems.
    /// </summary>
    public async Task<Department> AddWorkbookAsync(string sentName, string extension, Stream content, CancellationToken cancel)
    {
        var number = Interlocked.Increment(ref _uploadCount);
        var folder = Directory.CreateDirectory(Path.Combine(WorkDir, "uploads", number.ToString(CultureInfo.InvariantCulture))).FullName;
        var stem = SafeStem(Path.GetFileNameWithoutExtension(Path.GetFileName(sentName.Replace('\\', '/'))));
        var workbook = Path.Combine(folder, stem + extension);
        await using (var file = new FileStream(workbook, FileMode.CreateNew, FileAccess.Write))
        {
            await content.CopyToAsync(file, cancel);
        }
        var result = Import.WorkbookImporter.Import(workbook, stem + extension, null, _validation);
        var input = Path.Combine(folder, stem + ".json");
        if (!result.HasErrors)
        {
            await File.WriteAllTextAsync(input, result.ToJson(null), cancel);
        }
        var department = new Department(number, result.HasErrors ? workbook : input, stem + extension, true, Path.Combine(folder, "out"))
        {
            Imported = result.Diagnostics,
            ImportFailed = result.HasErrors,
            ImportedCheck = result.HasErrors ? null : new FileValidation(input,
                [.. result.Diagnostics, .. result.Missing.Select(m => new Diagnostic(Severity.Error, input, m.Path, PlaceholderRules.Message(m.Placeholder)) { Rule = PlaceholderRules.Rule })],
                false) { Report = result.Report },
        };
        _uploads[number] = department;
        return department;
    }

    /// <summary>Loads, validates and runs the templates (no renderer: nothing is written); cached per data and template version.</summary>
    public DepartmentCheck Check(Department department)
    {
        var templates = Templates.Current;
        if (department.ImportFailed)
        {
            return new DepartmentCheck(department, new BuildOutcome(department.Input, department.Imported ?? [], []), templates);
        }
        if (!templates.IsUsable)
        {
            return new DepartmentCheck(department, null, templates);
        }
        var key = DataKey(department, templates);
        if (_checks.TryGetValue(department.Key, out var cached) && cached.Key == key)
        {
            return new DepartmentCheck(department, cached.Outcome, templates);
        }
        var outcome = Check(Pipeline(templates, []), department, WorkDir);
        _checks[department.Key] = (key, outcome);
        return new DepartmentCheck(department, outcome, templates);
    }

    /// <summary>The reviewer's row: the check, and whether the documents in the output folder are current (the manifest's verdict).</summary>
    public DepartmentRow Row(Department department)
    {
        var check = Check(department);
        var templates = check.Templates;
        if (!templates.IsUsable || !Directory.Exists(department.OutDir))
        {
            return new DepartmentRow(check, "尚未生成", null);
        }
        var manifest = BuildManifest.Load(department.OutDir);
        var runner = new BatchRunner(Pipeline(templates, _renderers), templates.Fingerprint!, manifest, BatchOptions(department.OutDir, 1, false), _logger);
        var reason = runner.RebuildReason(department.Stem, TryHash(department.Input));
        return new DepartmentRow(check, reason, manifest.Find(department.Stem)?.Pages);
    }

    /// <summary>
    /// The preview: the department through the pipeline with the HTML renderer into the working
    /// folder, made once per data and template version. The page is null when the department
    /// cannot be shown (template errors, data errors): the check says why.
    /// </summary>
    public async Task<(DepartmentCheck Check, string? Page)> PreviewAsync(Department department)
    {
        var check = Check(department);
        var templates = check.Templates;
        if (!templates.IsUsable || check.Errors > 0)
        {
            return (check, null);
        }
        var key = DataKey(department, templates);
        var entry = _previews.AddOrUpdate(
            department.Key,
            _ => NewPreview(department, templates, key),
            (_, old) => old.Key == key ? old : NewPreview(department, templates, key));
        var outcome = await entry.Outcome;
        return outcome.Succeeded && File.Exists(entry.Html)
            ? (check with { Outcome = outcome }, entry.Html)
            : (check with { Outcome = outcome }, null);
    }

    /// <summary>
    /// The department's document in <paramref name="format"/>, made exactly as <c>reportgen build</c>
    /// makes it: the batch runner for this one department writes all formats into its output folder
    /// (skipped when the manifest says they are current). Returns the file, or the reasons there is none.
    /// </summary>
    public async Task<(string? File, IReadOnlyList<Diagnostic> Problems)> DocumentAsync(Department department, string format, CancellationToken cancel)
    {
        await _writing.WaitAsync(cancel);
        try
        {
            var templates = Templates.Current;
            if (!templates.IsUsable)
            {
                return (null, templates.Problems);
            }
            Directory.CreateDirectory(department.OutDir);
            var manifest = BuildManifest.Load(department.OutDir);
            var options = BatchOptions(department.OutDir, 1, false);
            var result = new BatchRunner(Pipeline(templates, _renderers), templates.Fingerprint!, manifest, options, _logger)
                .Run([department.Input], _ => { })[0];
            manifest.Flush();
            return result.Status == DepartmentStatus.Failed ? (null, result.Diagnostics) : (options.OutputPath(department.Stem, format), []);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Starts rebuilding the whole folder as <c>reportgen build DATA --out OUT --format docx,pdf,xlsx,html</c> does, unless a rebuild is running.</summary>
    public BuildJob StartRebuild(bool force)
    {
        lock (_starting)
        {
            if (_build is { Finished: false } running)
            {
                return running;
            }
            var templates = Templates.Current;
            var (files, problems) = InputFiles.Expand([DataDir]);
            var job = new BuildJob(files.Count);
            Volatile.Write(ref _build, job);
            _rebuild = Task.Run(async () =>
            {
                await _writing.WaitAsync();
                var exit = ExitCodes.Usage;
                try
                {
                    problems.ForEach(job.Line);
                    if (!templates.IsUsable)
                    {
                        templates.Problems.Select(p => p.ToString()).ToList().ForEach(job.Line);
                        job.Line($"模板有 {templates.Problems.Count(p => p.IsError)} 个错误，未生成任何文档。");
                        exit = ExitCodes.Failed;
                    }
                    else if (files.Count > 0)
                    {
                        Directory.CreateDirectory(OutDir);
                        using var writer = new LineWriter(job.Line);
                        exit = BatchBuild.Run(
                            Pipeline(templates, _renderers), templates.Fingerprint!, BatchOptions(OutDir, Environment.ProcessorCount, force),
                            files, problems.Count > 0, writer, writer, _logger, _stopping.Token);
                    }
                }
                catch (Exception e)
                {
                    job.Line($"生成中断：{e.Message}");
                    _logger.LogError(e, "rebuild failed");
                }
                finally
                {
                    _writing.Release();
                    job.Finish(exit);
                }
            });
            return job;
        }
    }

    /// <summary>An imported workbook from the import's check (validated once); a data file from the file.</summary>
    private static BuildOutcome Check(DocumentPipeline pipeline, Department department, string outDir) =>
        department.ImportedCheck is { } check ? pipeline.Build(department.Input, check, outDir) : pipeline.Build(department.Input, outDir);

    private DocumentPipeline Pipeline(TemplateState templates, IReadOnlyList<IDocumentRenderer> renderers) =>
        new(templates.Renderer(), templates.Style!, renderers, _render, _validation);

    private static BatchOptions BatchOptions(string outDir, int jobs, bool force) =>
        new() { OutDir = outDir, Formats = Formats, Jobs = jobs, Force = force };

    private (string Key, Task<BuildOutcome> Outcome, string Html) NewPreview(Department department, TemplateState templates, string key)
    {
        var folder = Path.Combine(WorkDir, "preview", department.Key + "-" + templates.Version.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var outcome = Task.Run(() => Check(Pipeline(templates, [_html]), department, folder));
        return (key, outcome, Path.Combine(folder, department.Stem + ".html"));
    }

    private static string DataKey(Department department, TemplateState templates) =>
        (TryHash(department.Input) ?? "unreadable") + "|" + templates.Version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The data file's hash as the batch computes it (read as a regular, bounded file); null when it cannot be read.</summary>
    private static string? TryHash(string input) =>
        Core.IO.RegularFile.TryRead(input, out _) is { } data ? ContentHash.OfBytes(data) : null;

    private static string SafeStem(string name)
    {
        var kept = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                kept.Append(c);
            }
        }
        var stem = kept.Length > 60 ? kept.ToString(0, 60) : kept.ToString();
        return stem.Length == 0 ? "上传的数据" : stem;
    }

    public void Dispose()
    {
        // Ctrl+C during a rebuild: no department is started any more and those under way finish before the
        // process ends (it ended under them: temporary files left, and a segmentation fault in the font code).
        _stopping.Cancel();
        try
        {
            _rebuild.Wait(TimeSpan.FromMinutes(10));
        }
        catch (AggregateException)
        {
            // Reported by the job itself.
        }
        Templates.Dispose();
        _stopping.Dispose();
        if (_ownsWorkDir)
        {
            try
            {
                Directory.Delete(WorkDir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file still open: the temporary folder is left for the system to clear.
            }
        }
    }
}
