using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;

namespace ReportGen.Core.Loading;

/// <summary>
/// The outcome of loading a data file: the report when the file is well-formed and binds to the
/// model, and the diagnostics found on the way (syntax errors, unknown or missing fields, wrong
/// value types). The report is null whenever an error was found.
/// </summary>
public sealed record LoadResult(BudgetReport? Report, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Line and column of every JSON path of the file, to locate later (semantic) diagnostics.</summary>
    public JsonPositionMap? Positions { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>True when the file could not be read at all (missing, no permission): a usage problem, not invalid data.</summary>
    public bool IsUnreadable => Diagnostics.Any(d => d.Rule == LoadRules.Unreadable);
}
