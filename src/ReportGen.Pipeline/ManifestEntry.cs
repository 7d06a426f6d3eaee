namespace ReportGen.Pipeline;

/// <summary>
/// One department's last successful build into an output folder: the hashes of everything its
/// documents came from, and the files written (format → size in bytes).
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

    /// <summary>Format → size in bytes of the file written.</summary>
    public required IReadOnlyDictionary<string, long> Outputs { get; init; }

    /// <summary>Pages of the paged output (PDF), when known.</summary>
    public int? Pages { get; init; }

    public static ManifestEntry Create(string input, string dataHash, BuildFingerprint fingerprint, IReadOnlyDictionary<string, long> outputs, int? pages) => new()
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
