using Microsoft.Extensions.Configuration;

namespace ReportGen.Web;

/// <summary>What <c>reportgen serve</c> serves: the data folder, the templates, where documents are written.</summary>
public sealed record WebOptions
{
    /// <summary>Uploads larger than this are refused (10 MB).</summary>
    public const long DefaultMaxUploadBytes = 10 * 1024 * 1024;

    /// <summary>The folder of department data files (*.json); the reviewer's table lists it.</summary>
    public required string DataDir { get; init; }

    /// <summary>The output folder of the folder's documents (as <c>build --out</c>; holds the manifest).</summary>
    public required string OutDir { get; init; }

    /// <summary>The template folder (--templates), or null for the one <c>build</c> would use (./templates, else the set built into the program).</summary>
    public string? TemplatesDir { get; init; }

    /// <summary>The style sheet, or null for the template folder's style.json.</summary>
    public string? StylePath { get; init; }

    /// <summary>Where uploads, their documents and previews are kept; null for a new temporary folder.</summary>
    public string? WorkDir { get; init; }

    /// <summary>The port on 127.0.0.1 (0: any free port).</summary>
    public int Port { get; init; } = 5080;

    public long MaxUploadBytes { get; init; } = DefaultMaxUploadBytes;

    /// <summary>The options from configuration section <c>ReportGen</c> (Data, Out, Templates, Style, Work, Port, MaxUploadBytes).</summary>
    public static WebOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("ReportGen");
        return new WebOptions
        {
            DataDir = section["Data"] ?? "data",
            OutDir = section["Out"] ?? "output",
            TemplatesDir = section["Templates"],
            StylePath = section["Style"],
            WorkDir = section["Work"],
            Port = int.TryParse(section["Port"], out var port) ? port : 5080,
            MaxUploadBytes = long.TryParse(section["MaxUploadBytes"], out var max) ? max : DefaultMaxUploadBytes,
        };
    }
}
