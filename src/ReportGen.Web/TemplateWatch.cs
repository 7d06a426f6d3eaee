using ReportGen.Core.Diagnostics;
using ReportGen.Core.IO;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Core.Validation;
using ReportGen.Pipeline;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;

namespace ReportGen.Web;

/// <summary>
/// One loaded state of the template folder and style sheet: parsed templates (or their errors), the
/// style sheet (or why it cannot be read) and the fingerprint the build manifest compares with.
/// </summary>
public sealed record TemplateState(int Version, TemplateSet Set, StyleSheet? Style, IReadOnlyList<Diagnostic> Problems, BuildFingerprint? Fingerprint)
{
    /// <summary>True when documents can be made: the templates parse and the style sheet loads.</summary>
    public bool IsUsable => Style is not null && Fingerprint is not null && !Problems.Any(p => p.IsError);

    public TemplateRenderer Renderer() => new(Set);
}

/// <summary>
/// Keeps the template folder loaded and follows it: a change of any file in it (or of the style
/// sheet) reloads it after a short pause (editors write a file in several steps), and
/// <see cref="Current"/> moves to the next version. Pages poll nothing: <see cref="Changed"/> wakes the
/// server-sent event streams that tell open previews to reload.
/// </summary>
public sealed class TemplateWatch : IDisposable
{
    /// <summary>The pause after the last change before reloading.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    private readonly FileTree _tree;
    private readonly string _display;
    private readonly StyleFile _style;
    private readonly IReadOnlyList<IDocumentRenderer> _renderers;
    private readonly ValidationOptions _validation;
    private readonly RenderOptions _render;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private TemplateState _current;

    public TemplateWatch(string directory, string? stylePath, IReadOnlyList<IDocumentRenderer> renderers, ValidationOptions validation, RenderOptions render)
        : this(FileTree.Folder(directory), stylePath, renderers, validation, render)
    {
    }

    /// <summary>Follows a template folder; the set built into the program (no folder) is loaded once and never changes.</summary>
    public TemplateWatch(FileTree templates, string? stylePath, IReadOnlyList<IDocumentRenderer> renderers, ValidationOptions validation, RenderOptions render)
    {
        var directory = templates.DiskPath is { } path ? Path.GetFullPath(path) : null;
        // Messages name the folder as the editor knows it: templates/<file>:line:col.
        _display = directory is null ? templates.Display : Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar));
        _tree = directory is null ? templates : FileTree.Folder(directory, _display);
        var stylePathFull = stylePath is null ? null : Path.GetFullPath(stylePath);
        _style = stylePathFull is null ? new StyleFile(_tree, StyleFile.DefaultName) : StyleFile.OnDisk(stylePathFull);
        _renderers = renderers;
        _validation = validation;
        _render = render;
        _current = Load(1);
        _timer = new Timer(_ => Reload());
        if (directory is not null)
        {
            Watch(directory, "*", subdirectories: true);
        }
        if (stylePathFull is not null && Path.GetDirectoryName(stylePathFull) is { } styleDir && Directory.Exists(styleDir)
            && (directory is null || !stylePathFull.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            Watch(styleDir, Path.GetFileName(stylePathFull), subdirectories: false);
        }
    }

    public TemplateState Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>The template folder's name as messages show it.</summary>
    public string Display => _display;

    /// <summary>Raised (on a timer thread) after each reload.</summary>
    public event Action<TemplateState>? Changed;

    /// <summary>Loads the folder again now (the watcher calls this after the pause).</summary>
    public void Reload()
    {
        TemplateState state;
        lock (_lock)
        {
            state = _current = Load(_current.Version + 1);
        }
        Changed?.Invoke(state);
    }

    private TemplateState Load(int version)
    {
        var set = TemplateSet.Load(_tree);
        var problems = new List<Diagnostic>(set.Diagnostics);
        StyleSheet? style = null;
        BuildFingerprint? fingerprint = null;
        try
        {
            style = PipelineSetup.LoadStyle(_style);
            fingerprint = BuildFingerprint.Compute(_tree, _style, _renderers, _validation, _render);
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            // A file being saved at this very moment: the next change event reloads again.
            problems.Add(new Diagnostic(Severity.Error, _display + "/" + _style.Name, null, e is UsageException ? e.Message : $"无法读取样式表：{IoErrors.Describe(e)}") { Rule = "style" });
        }
        return new TemplateState(version, set, style, problems, fingerprint);
    }

    private void Watch(string directory, string filter, bool subdirectories)
    {
        var watcher = new FileSystemWatcher(directory, filter)
        {
            IncludeSubdirectories = subdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => Touched();
        watcher.Created += (_, _) => Touched();
        watcher.Deleted += (_, _) => Touched();
        watcher.Renamed += (_, _) => Touched();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Touched() => _timer.Change(Debounce, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _watchers.ForEach(w => w.Dispose());
        _timer.Dispose();
    }
}
