using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Core.IO;

namespace ReportGen.Pipeline;

/// <summary>
/// The record of what was built into an output folder (<c>DIR/.reportgen-manifest.json</c>): one
/// <see cref="ManifestEntry"/> per department, keyed by its file stem. Departments record and forget
/// their entries from any thread as they complete, and each change is written to disk at once
/// (coalesced: a change made while a write is under way is written right after it), always through a
/// temporary file renamed into place — so a run that is killed keeps the record of what it finished,
/// and the file is never half-written. Entries of departments not in the run are kept. An entry that
/// cannot be read is dropped (that department is rebuilt), never acted on.
/// </summary>
public sealed partial class BuildManifest
{
    public const string FileName = ".reportgen-manifest.json";
    private const int CurrentVersion = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ManifestJsonContext.Default,
    };

    private readonly ConcurrentDictionary<string, ManifestEntry> _entries;
    private readonly OutputFiles _files;
    private readonly Lock _saving = new();
    private int _dirty;

    private BuildManifest(string path, IEnumerable<KeyValuePair<string, ManifestEntry>> entries, IReadOnlyList<string> problems, OutputFiles files)
    {
        FilePath = path;
        _entries = new ConcurrentDictionary<string, ManifestEntry>(entries, StringComparer.Ordinal);
        LoadProblems = problems;
        _files = files;
    }

    public string FilePath { get; }

    /// <summary>What could not be used of an existing manifest (those departments are rebuilt); empty when fine or absent.</summary>
    public IReadOnlyList<string> LoadProblems { get; }

    /// <summary>Why the manifest could not be written (the last failure), or null. The documents are unaffected; the next run checks them again.</summary>
    public string? SaveProblem { get; private set; }

    /// <summary>Reads the manifest of <paramref name="outDir"/>; a missing file gives an empty one, a damaged one what could be read of it.</summary>
    public static BuildManifest Load(string outDir, OutputFiles? files = null)
    {
        files ??= OutputFiles.System;
        var path = Path.Combine(outDir, FileName);
        if (!File.Exists(path))
        {
            return new BuildManifest(path, [], [], files);
        }
        var problems = new List<string>();
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (RegularFile.TryRead(path, out var unreadable) is not { } bytes)
        {
            problems.Add($"清单 {path} 无法读取（{unreadable}），全部重新生成");
            return new BuildManifest(path, entries, problems, files);
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != CurrentVersion
                || !root.TryGetProperty("departments", out var departments) || departments.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"清单 {path} 不是当前版本的格式，全部重新生成");
                return new BuildManifest(path, entries, problems, files);
            }
            foreach (var department in departments.EnumerateObject())
            {
                if (ReadEntry(department.Value) is { } entry)
                {
                    entries[department.Name] = entry;
                }
                else
                {
                    problems.Add($"清单 {path} 中“{department.Name}”的记录已损坏，重新生成该部门");
                }
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            problems.Add($"清单 {path} 已损坏（不是有效的 JSON），全部重新生成");
        }
        return new BuildManifest(path, entries, problems, files);
    }

    private static ManifestEntry? ReadEntry(JsonElement value)
    {
        try
        {
            return value.Deserialize<ManifestEntry>(Json) is { IsComplete: true } entry ? entry : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    public ManifestEntry? Find(string stem) => _entries.GetValueOrDefault(stem);

    /// <summary>Records a department's build and writes the manifest.</summary>
    public void Record(string stem, ManifestEntry entry)
    {
        _entries[stem] = entry;
        Changed();
    }

    /// <summary>Forgets a department and writes the manifest (before its outputs are removed: a crash in between leaves no entry for missing files).</summary>
    public void Forget(string stem)
    {
        if (_entries.TryRemove(stem, out _))
        {
            Changed();
        }
    }

    /// <summary>Writes the manifest now if a change is still unwritten (at the end of a run).</summary>
    public void Flush()
    {
        lock (_saving)
        {
            if (Interlocked.Exchange(ref _dirty, 0) == 1)
            {
                Save();
            }
        }
    }

    /// <summary>
    /// Marks the manifest changed and writes it unless another thread is writing it — that thread then
    /// writes again, so every change reaches the disk without the departments waiting on each other.
    /// </summary>
    private void Changed()
    {
        Volatile.Write(ref _dirty, 1);
        while (Volatile.Read(ref _dirty) == 1 && _saving.TryEnter())
        {
            try
            {
                if (Interlocked.Exchange(ref _dirty, 0) == 1)
                {
                    Save();
                }
            }
            finally
            {
                _saving.Exit();
            }
        }
    }

    /// <summary>Writes the manifest atomically (temporary file, then rename); a failure is kept in <see cref="SaveProblem"/>.</summary>
    private void Save()
    {
        var file = new ManifestFile(CurrentVersion, new SortedDictionary<string, ManifestEntry>(_entries, StringComparer.Ordinal));
        var temp = OutputFiles.TempFor(FilePath);
        try
        {
            using (var stream = _files.Create(temp))
            {
                JsonSerializer.Serialize(stream, file, Json);
            }
            _files.Move(temp, FilePath);
            SaveProblem = null;
        }
        catch (Exception e) when (IoErrors.IsEnvironment(e))
        {
            _files.TryDelete(temp);
            SaveProblem = $"无法写入清单 {FilePath}：{IoErrors.Describe(e)}。已生成的文档完好；下次运行会重新核对这些部门";
        }
    }

    private sealed record ManifestFile(int Version, SortedDictionary<string, ManifestEntry> Departments);

    /// <summary>The manifest's metadata made at build time: no reflection and no emitted accessors in the batch.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(ManifestFile))]
    private sealed partial class ManifestJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
}
