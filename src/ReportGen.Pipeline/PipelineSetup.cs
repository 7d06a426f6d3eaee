using ReportGen.Core.IO;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;

namespace ReportGen.Pipeline;

/// <summary>
/// What a run of the pipeline needs before the first department, resolved the same way by
/// <c>reportgen build</c> and <c>reportgen serve</c>: the template folder, the style sheet, the font
/// folders and the render options.
/// </summary>
public static class PipelineSetup
{
    /// <summary>
    /// The template set of a run: --templates DIR, else ./templates, else the copy beside the program
    /// (a normal build), else the set built into the program (the single-file program).
    /// </summary>
    public static FileTree Templates(string? option)
    {
        if (option is not null)
        {
            var folder = TemplateFolder(option);
            return FileTree.Folder(folder, folder);
        }
        if (Directory.Exists("templates"))
        {
            return FileTree.Folder("templates", "templates");
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "templates");
        return Directory.Exists(beside) ? FileTree.Folder(beside, beside) : BuiltInResources.Templates;
    }

    /// <summary>
    /// A template folder named on the command line (<paramref name="option"/> names the option in the
    /// message, e.g. "--base-templates"): it must exist and be a folder.
    /// </summary>
    public static string TemplateFolder(string path, string option = "--templates") =>
        Directory.Exists(path) ? path
        : File.Exists(path) ? throw new UsageException($"{path} 是一个文件，不是模板文件夹（{option}）")
        : throw new UsageException($"模板文件夹不存在：{path}（{option}）");

    /// <summary>The style sheet of a run: --style FILE, else the template set's style.json.</summary>
    public static StyleFile Style(string? option, FileTree templates) =>
        option is null ? new StyleFile(templates, StyleFile.DefaultName) : StyleFile.OnDisk(option);

    public static StyleSheet LoadStyle(string path) => LoadStyle(StyleFile.OnDisk(path));

    public static StyleSheet LoadStyle(StyleFile style)
    {
        try
        {
            return StyleSheet.Load(style.Tree, style.Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The style sheet's own messages begin with its path (file: problem, file:line:col: problem).
            throw new UsageException(e is InvalidDataException ? $"无法读取样式表：{e.Message}" : $"无法读取样式表 {style.Display}：{Core.IO.IoErrors.Describe(e)}");
        }
    }

    /// <summary>The font folders of --fonts, each of which must exist, as full paths.</summary>
    public static IReadOnlyList<string> FontDirectories(IReadOnlyList<string> options)
    {
        foreach (var dir in options)
        {
            if (!Directory.Exists(dir))
            {
                throw new UsageException($"字体文件夹不存在：{dir}");
            }
        }
        return [.. options.Select(Path.GetFullPath)];
    }

    /// <summary>SOURCE_DATE_EPOCH (seconds) fixes the timestamps renderers write, for reproducible files.</summary>
    /// <summary>The latest second a DOCX (a ZIP, dates up to 2107) and a PDF can both hold: 2107-12-31T23:59:58Z.</summary>
    private const long LatestEpoch = 4354819198;

    /// <summary>SOURCE_DATE_EPOCH (seconds since 1970) fixes the timestamps renderers write, for reproducible files; unset or empty means now.</summary>
    public static RenderOptions RenderOptionsFromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(value))
        {
            return RenderOptions.Default;
        }
        if (!long.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds > LatestEpoch)
        {
            throw new UsageException($"环境变量 SOURCE_DATE_EPOCH 应为 0 到 {LatestEpoch}（2107-12-31）之间的整数秒数（自 1970-01-01 UTC 起），实际为“{value}”");
        }
        return RenderOptions.Default with { Timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds) };
    }
}

/// <summary>A style sheet: a file of a folder or of the built-in template set.</summary>
public sealed record StyleFile(FileTree Tree, string Name)
{
    public const string DefaultName = "style.json";

    /// <summary>A style sheet file on disk, named in messages as <paramref name="path"/> is written.</summary>
    public static StyleFile OnDisk(string path)
    {
        var dir = Path.GetDirectoryName(path) ?? "";
        return new StyleFile(FileTree.Folder(dir.Length > 0 ? dir : ".", dir), Path.GetFileName(path));
    }

    /// <summary>How messages name it, e.g. "templates/style.json" or "内置模板/style.json".</summary>
    public string Display => Tree.DisplayOf(Name);
}
