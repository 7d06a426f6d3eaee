using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportGen.Pipeline;

/// <summary>
/// The record of what was built into an output folder (<c>DIR/.reportgen-manifest.json</c>): one
/// <see cref="ManifestEntry"/> per department, keyed by its file stem. Departments of a run record
/// and forget their entries from any thread; the file is written once, at the end, through a
/// temporary file renamed into place. Entries of departments not in the run are kept.
/// </summary>
public sealed class BuildManifest
{
    public const string FileName = ".reportgen-manifest.json";
    private const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ConcurrentDictionary<string, ManifestEntry> _entries;

    private BuildManifest(string path, IEnumerable<KeyValuePair<string, ManifestEntry>> entries, string? problem)
    {
        FilePath = path;
        _entries = new ConcurrentDictionary<string, ManifestEntry>(entries, StringComparer.Ordinal);
        LoadProblem = problem;
    }

    public string FilePath { get; }

    /// <summary>Why an existing manifest could not be used (every department is then rebuilt); null when fine or absent.</summary>
    public string? LoadProblem { get; }

    /// <summary>Reads the manifest of <paramref name="outDir"/>; a missing, damaged or older-format file gives an empty one.</summary>
    public static BuildManifest Load(string outDir)
    {
        var path = Path.Combine(outDir, FileName);
        if (!File.Exists(path))
        {
            return new BuildManifest(path, [], null);
        }
        try
        {
            var file = JsonSerializer.Deserialize<ManifestFile>(File.ReadAllBytes(path), Json);
            return file is { Version: CurrentVersion, Departments: { } departments }
                ? new BuildManifest(path, departments, null)
                : new BuildManifest(path, [], $"清单 {path} 的格式不是当前版本，全部重新生成");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return new BuildManifest(path, [], $"清单 {path} 无法读取（{e.Message}），全部重新生成");
        }
    }

    public ManifestEntry? Find(string stem) => _entries.GetValueOrDefault(stem);

    public void Record(string stem, ManifestEntry entry) => _entries[stem] = entry;

    public void Forget(string stem) => _entries.TryRemove(stem, out _);

    /// <summary>Writes the manifest atomically (temporary file, then rename).</summary>
    public void Save()
    {
        var file = new ManifestFile(CurrentVersion, new SortedDictionary<string, ManifestEntry>(_entries, StringComparer.Ordinal));
        var temp = FilePath + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(file, Json));
            File.Move(temp, FilePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private sealed record ManifestFile(int Version, SortedDictionary<string, ManifestEntry> Departments);
}
