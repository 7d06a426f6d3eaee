namespace ReportGen.Pipeline;

/// <summary>
/// One department's last build into an output folder: the hashes of everything its documents came
/// from, and the content hash and size of each file written.
/// </summary>
public sealed record ManifestEntry
{
    /// <summary>The data file, as given on the command line (for people reading the manifest).</summary>
    public required string Input { get; init; }

    public required string Data { get; init; }
    public required string Templates { get; init; }
    public required string Style { get; init; }
    public required string Tool { get; init; }
    public required string Formats { get; init; }
    public required string Settings { get; init; }

    /// <summary>Format → the file written (SHA-256 of its bytes and its size).</summary>
    public required IReadOnlyDictionary<string, OutputRecord> Outputs { get; init; }

    /// <summary>Pages of the paged output (PDF), when known.</summary>
    public int? Pages { get; init; }

    /// <summary>True when every field a skip decision reads is present and well-formed (a hand-edited or damaged entry is not).</summary>
    public bool IsComplete =>
        new[] { Input, Data, Templates, Style, Tool, Formats, Settings }.All(v => !string.IsNullOrEmpty(v))
        && Outputs is not null
        && Outputs.All(o => !string.IsNullOrEmpty(o.Key) && o.Value is { Size: >= 0, Sha256.Length: 64 });

    public static ManifestEntry Create(string input, string dataHash, BuildFingerprint fingerprint, IReadOnlyDictionary<string, OutputRecord> outputs, int? pages) => new()
    {
        Input = input,
        Data = dataHash,
        Templates = fingerprint.Templates,
        Style = fingerprint.Style,
        Tool = fingerprint.Tool,
        Formats = fingerprint.Formats,
        Settings = fingerprint.Settings,
        Outputs = outputs,
        Pages = pages,
    };
}

/// <summary>A file a department's build wrote: the SHA-256 of its bytes (lower-case hex) and its size.</summary>
public sealed record OutputRecord(string Sha256, long Size)
{
    public static OutputRecord Of(string path) => new(ContentHash.OfFile(path), new FileInfo(path).Length);

    /// <summary>True when <paramref name="path"/> holds exactly these bytes (size compared first, then the hash).</summary>
    public bool Matches(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == Size && ContentHash.OfFile(path) == Sha256;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
