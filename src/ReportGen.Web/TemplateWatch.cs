using ReportGen.Core.Diagnostics;
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

    private readonly string _directory;
    private readonly string _display;
    private readonly string _stylePath;
    private readonly IReadOnlyList<IDocumentRenderer> _renderers;
    private readonly ValidationOptions _validation;
    private readonly RenderOptions _render;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private TemplateState _current;

    public TemplateWatch(string directory, string? stylePath, IReadOnlyList<IDocumentRenderer> renderers, ValidationOptions validation, RenderOptions render)
    {
        _directory = Path.GetFullPath(directory);
        // Messages name the folder as the editor knows it: templates/<file>:line:col.
        _display = Path.GetFileName(_directory.TrimEnd(Path.DirectorySeparatorChar));
        _stylePath = Path.GetFullPath(stylePath ?? Path.Combine(_directory, "style.json"));
        _renderers = renderers;
        _validation = validation;
        _render = render;
        _current = Load(1);
        _timer = new Timer(_ => Reload());
        Watch(_directory, "*", subdirectories: true);
        var styleDir = Path.GetDirectoryName(_stylePath)!;
        if (!_stylePath.StartsWith(_directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) && Directory.Exists(styleDir))
        {
            Watch(styleDir, Path.GetFileName(_stylePath), subdirectories: false);
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
        var set = TemplateSet.Load(_directory, _display);
        var problems = new List<Diagnostic>(set.Diagnostics);
        StyleSheet? style = null;
        BuildFingerprint? fingerprint = null;
        try
        {
            style = PipelineSetup.LoadStyle(_stylePath);
            fingerprint = BuildFingerprint.Compute(_directory, _stylePath, _renderers, _validation, _render);
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            // A file being saved at this very moment: the next change event reloads again.
            problems.Add(new Diagnostic(Severity.Error, _display + "/" + Path.GetFileName(_stylePath), null, e.Message) { Rule = "style" });
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
