using System.Text.Json;
using System.Text.Json.Serialization;
using ReportGen.Core.IO;
using ReportGen.Core.Model;
using ReportGen.Core.Rendering;
using ReportGen.Core.Validation;
using ReportGen.Templating;

namespace ReportGen.Pipeline;

/// <summary>
/// What every department of a run shares and what its documents depend on, hashed once per run: the
/// template folder (all files), the style sheet, the tool version, the format set and the settings
/// that change a document's bytes or its acceptance (validation options, fixed timestamp, font folders).
/// </summary>
public sealed partial record BuildFingerprint(string Templates, string Style, string Tool, string Formats, string Settings)
{
    public static BuildFingerprint Compute(
        string templateDir,
        string stylePath,
        IReadOnlyList<IDocumentRenderer> renderers,
        ValidationOptions validation,
        RenderOptions render) =>
        Compute(FileTree.Folder(templateDir), StyleFile.OnDisk(stylePath), renderers, validation, render);

    /// <summary>The fingerprint of a run over a template set and style sheet from a folder or built into the program.</summary>
    public static BuildFingerprint Compute(
        FileTree templates,
        StyleFile style,
        IReadOnlyList<IDocumentRenderer> renderers,
        ValidationOptions validation,
        RenderOptions render)
    {
        var assemblies = renderers.Select(r => r.GetType().Assembly)
            .Append(typeof(BuildFingerprint).Assembly)
            .Append(typeof(TemplateRenderer).Assembly)
            .Append(typeof(BudgetReport).Assembly);
        var settings = JsonSerializer.Serialize(
            new RunSettings(validation, render.Timestamp?.ToUnixTimeSeconds(), [.. render.FontDirectories.Select(Path.GetFullPath)]),
            RunSettingsJsonContext.Default.RunSettings);
        return new BuildFingerprint(
            ContentHash.OfTree(templates),
            ContentHash.OfBytes(style.Tree.TryRead(style.Name, out var problem) ?? throw new ChineseIOException($"无法读取 {style.Display}：{problem}")),
            ToolVersion.Of(assemblies),
            FormatSet(renderers.Select(r => r.Format)),
            ContentHash.OfText(settings));
    }

    /// <summary>The canonical form of a format set: sorted, comma-separated.</summary>
    public static string FormatSet(IEnumerable<string> formats) => string.Join(",", formats.Distinct().Order(StringComparer.Ordinal));

    /// <summary>Why a department last built as <paramref name="entry"/> must be rebuilt, or null when nothing it depends on changed.</summary>
    public string? Difference(ManifestEntry entry, string dataHash) =>
        entry.Data != dataHash ? "数据已改变"
        : entry.Templates != Templates ? "模板已改变"
        : entry.Style != Style ? "样式表已改变"
        : entry.Tool != Tool ? "程序版本已改变"
        : entry.Formats != Formats ? "输出格式已改变"
        : entry.Settings != Settings ? "选项已改变"
        : null;

    /// <summary>The run's settings a document depends on, hashed in this JSON form (names as the manifest has always had them).</summary>
    private sealed record RunSettings(
        [property: JsonPropertyName("validation")] ValidationOptions Validation,
        [property: JsonPropertyName("timestamp")] long? Timestamp,
        [property: JsonPropertyName("fonts")] string[] Fonts);

    [JsonSerializable(typeof(RunSettings))]
    private sealed partial class RunSettingsJsonContext : JsonSerializerContext;
}
