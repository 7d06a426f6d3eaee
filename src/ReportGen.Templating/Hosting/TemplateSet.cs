using ReportGen.Core.Diagnostics;
using ReportGen.Core.IO;
using ReportGen.Templating.Functions;
using Scriban;
using Scriban.Parsing;

namespace ReportGen.Templating.Hosting;

/// <summary>
/// The template files of a folder (every <c>*.sbn</c>, recursively), parsed once. Parse errors of any
/// file are reported, included or not, so a template editor sees every mistake at once. The entry
/// point is <see cref="EntryName"/>.
/// </summary>
public sealed class TemplateSet
{
    public const string EntryName = "document.sbn";

    private readonly Dictionary<string, TemplateFile> _files;

    private TemplateSet(string directory, Dictionary<string, TemplateFile> files, IReadOnlyList<Diagnostic> diagnostics, NumberSettings? numbers = null)
    {
        Directory = directory;
        _files = files;
        Diagnostics = diagnostics;
        Numbers = numbers ?? NumberSettings.Default;
    }

    /// <summary>The number formats of the set (<c>settings.json</c> in the folder; the defaults when it is absent).</summary>
    public NumberSettings Numbers { get; }

    /// <summary>The folder the templates were read from.</summary>
    public string Directory { get; }

    /// <summary>Parse errors (and a missing entry template).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Names of the files, relative to the folder.</summary>
    public IEnumerable<string> Names => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>
    /// Reads and parses the templates of <paramref name="directory"/>. <paramref name="displayRoot"/> is how
    /// diagnostics name the folder (default: the path as given).
    /// </summary>
    public static TemplateSet Load(string directory, string? displayRoot = null)
    {
        var root = displayRoot ?? directory;
        if (!System.IO.Directory.Exists(directory))
        {
            return new TemplateSet(directory, [], [new Diagnostic(Severity.Error, root, null, "模板目录不存在") { Rule = "template-missing" }]);
        }
        return Load(FileTree.Folder(directory, root));
    }

    /// <summary>
    /// Reads and parses the templates of <paramref name="tree"/> (a folder, or the set built into the
    /// program); diagnostics name files as <see cref="FileTree.DisplayOf"/> does.
    /// </summary>
    public static TemplateSet Load(FileTree tree)
    {
        var directory = tree.DiskPath ?? tree.Display;
        var root = tree.Display;
        IReadOnlyList<string> names;
        try
        {
            names = tree.Files();
        }
        catch (IOException e)
        {
            return new TemplateSet(directory, [], [new Diagnostic(Severity.Error, root, null, $"无法读取模板文件夹：{IoErrors.Describe(e)}") { Rule = "template-unreadable" }]);
        }
        var sources = new List<(string Name, string Text)>();
        var problems = new List<Diagnostic>();
        foreach (var name in names.Where(n => n.EndsWith(".sbn", StringComparison.Ordinal)))
        {
            if (tree.TryReadText(name, out var problem) is { } text)
            {
                sources.Add((name, text));
            }
            else
            {
                problems.Add(new Diagnostic(Severity.Error, tree.DisplayOf(name), null, $"无法读取模板文件：{problem}") { Rule = "template-unreadable" });
            }
        }
        string? settings = null;
        if (tree.Contains(NumberSettings.FileName))
        {
            settings = tree.TryReadText(NumberSettings.FileName, out var settingsProblem);
            if (settings is null)
            {
                problems.Add(new Diagnostic(Severity.Error, tree.DisplayOf(NumberSettings.FileName), null, $"无法读取模板设置文件：{settingsProblem}") { Rule = "template-unreadable" });
            }
        }
        var set = FromSources(directory, root, sources, settings);
        return problems.Count == 0 ? set : new TemplateSet(directory, set._files, [.. problems, .. set.Diagnostics]);
    }

    /// <summary>Parses templates given as (name, text) pairs; used by tests and by <see cref="Load"/>.</summary>
    public static TemplateSet FromSources(string directory, string displayRoot, IEnumerable<(string Name, string Text)> sources, string? settingsJson = null)
    {
        var files = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        foreach (var (name, text) in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var displayPath = displayRoot.Length == 0 ? name : displayRoot.TrimEnd('/', '\\') + "/" + name;
            var template = Template.Parse(text, name, new ParserOptions(), new LexerOptions { Mode = ScriptMode.Default });
            var file = new TemplateFile(name, displayPath, text, template);
            files[name] = file;
            foreach (var message in template.Messages)
            {
                diagnostics.Add(TemplateErrors.FromParser(file, message));
            }
        }
        if (!files.ContainsKey(EntryName))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, displayRoot.TrimEnd('/', '\\') + "/" + EntryName, null,
                "缺少入口模板 " + EntryName + "（它按顺序列出文档的各个部分）") { Rule = "template-missing" });
        }
        var numbers = NumberSettings.Default;
        if (settingsJson is not null)
        {
            try
            {
                numbers = NumberSettings.Parse(settingsJson);
            }
            catch (SettingsException e)
            {
                var path = displayRoot.Length == 0 ? NumberSettings.FileName : displayRoot.TrimEnd('/', '\\') + "/" + NumberSettings.FileName;
                diagnostics.Add(new Diagnostic(Severity.Error, path, null, e.Message)
                {
                    Line = e.Line > 0 ? e.Line : null,
                    Column = e.Line > 0 ? e.Column : null,
                    Rule = "template-settings",
                });
            }
        }
        return new TemplateSet(directory, files, diagnostics, numbers);
    }

    internal TemplateFile? Find(string name) => _files.GetValueOrDefault(name.Replace('\\', '/'));

    internal TemplateFile Entry => _files[EntryName];
}
