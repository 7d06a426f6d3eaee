using ReportGen.Core.Diagnostics;

namespace ReportGen.Pipeline;

/// <summary>What building one input produced: the files written, or why none were.</summary>
public sealed record BuildOutcome(string Input, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written)
{
    /// <summary>The input could not be read at all (a usage problem, exit code 2).</summary>
    public bool Unreadable { get; init; }

    /// <summary>Pages of the first paged output written (the PDF's), when a renderer reported them.</summary>
    public int? Pages { get; init; }

    public bool Succeeded => !Unreadable && !Diagnostics.Any(d => d.IsError);
}
