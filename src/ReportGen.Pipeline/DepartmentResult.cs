using ReportGen.Core.Diagnostics;

namespace ReportGen.Pipeline;

public enum DepartmentStatus
{
    Built,
    Skipped,
    Failed,

    /// <summary>Not started: the run was interrupted (Ctrl+C) before its turn came.</summary>
    NotStarted,
}

/// <summary>
/// What the batch did with one department (input <see cref="Index"/> of the run): built it, skipped it
/// as up to date, or failed — with the diagnostics, the files written and the stale files removed.
/// </summary>
public sealed record DepartmentResult(int Index, string Input, DepartmentStatus Status)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Files written by this run (empty when skipped; when failed, the formats that could still be written).</summary>
    public IReadOnlyList<string> Written { get; init; } = [];

    /// <summary>Earlier outputs of a failed department (or of its failed formats), removed so that nothing stale looks current.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>Pages of the paged output (PDF) when built.</summary>
    public int? Pages { get; init; }

    /// <summary>The faces the PDF set each font role in ("PDF 字体：…"), when built with a PDF.</summary>
    public string? Fonts { get; init; }

    /// <summary>The input could not be read at all (exit code 2).</summary>
    public bool Unreadable { get; init; }

    /// <summary>Why it was (re)built: "数据已改变", "首次生成", "--force"…; null when skipped or failed.</summary>
    public string? Reason { get; init; }

    public TimeSpan Elapsed { get; init; }

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
