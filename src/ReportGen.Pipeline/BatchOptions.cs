namespace ReportGen.Pipeline;

/// <summary>How a batch runs: where it writes, how many departments at once, and whether up-to-date ones are rebuilt.</summary>
public sealed record BatchOptions
{
    /// <summary>The output folder (also holds the manifest).</summary>
    public required string OutDir { get; init; }

    /// <summary>The formats requested, in command-line order ("docx", "pdf", …).</summary>
    public required IReadOnlyList<string> Formats { get; init; }

    /// <summary>Departments built at the same time (<c>--jobs</c>); at least 1.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Rebuild every department even when its inputs are unchanged (<c>--force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>The output file of <paramref name="stem"/> in <paramref name="format"/>: <c>DIR/&lt;stem&gt;.&lt;format&gt;</c>.</summary>
    public string OutputPath(string stem, string format) => Path.Combine(OutDir, stem + "." + format);
}
