using ReportGen.Core.Diagnostics;

namespace ReportGen.Pipeline;

/// <summary>What building one input produced: the files written, or why none (or not all) were.</summary>
public sealed record BuildOutcome(string Input, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written)
{
    /// <summary>The input could not be read at all (a usage problem, exit code 2).</summary>
    public bool Unreadable { get; init; }

    /// <summary>
    /// Writing failed because of the machine (full disk, read-only or vanished folder): the previous
    /// outputs were left in place, and must not be removed as if the data were wrong.
    /// </summary>
    public bool EnvironmentFailure { get; init; }

    /// <summary>Formats whose renderer failed on this document (the others were written).</summary>
    public IReadOnlyList<string> FailedFormats { get; init; } = [];

    /// <summary>Pages of the first paged output written (the PDF's), when a renderer reported them.</summary>
    public int? Pages { get; init; }

    /// <summary>The faces the PDF set each font role in, one line in Chinese ("PDF 字体：正文 FandolFang；…").</summary>
    public string? Fonts { get; init; }

    public bool Succeeded => !Unreadable && !EnvironmentFailure && !Diagnostics.Any(d => d.IsError);
}
