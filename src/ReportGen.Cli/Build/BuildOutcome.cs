using ReportGen.Core.Diagnostics;

namespace ReportGen.Cli.Build;

/// <summary>What building one input produced: the files written, or why none were.</summary>
internal sealed record BuildOutcome(string Input, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written)
{
    /// <summary>The input could not be read at all (a usage problem, exit code 2).</summary>
    public bool Unreadable { get; init; }

    /// <summary>Pages of the first paged output written (the PDF's), when a renderer reported them.</summary>
    public int? Pages { get; init; }

    /// <summary>The faces the PDF set each font role in, one line in Chinese ("PDF 字体：正文 FandolFang；…").</summary>
    public string? Fonts { get; init; }

    public bool Succeeded => !Unreadable && !Diagnostics.Any(d => d.IsError);
}
