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
    /// <summary>The template folder and how messages name it: --templates, else ./templates, else the one beside the program.</summary>
    public static (string Directory, string Display) TemplateDirectory(string? option)
    {
        if (option is not null)
        {
            return Directory.Exists(option) ? (option, option) : throw new UsageException($"模板文件夹不存在：{option}");
        }
        if (Directory.Exists("templates"))
        {
            return ("templates", "templates");
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "templates");
        return Directory.Exists(beside) ? (beside, beside) : throw new UsageException("找不到模板文件夹 templates/（可用 --templates DIR 指定）");
    }

    public static StyleSheet LoadStyle(string path)
    {
        try
        {
            return StyleSheet.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new UsageException($"无法读取样式表 {path}：{e.Message}");
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
