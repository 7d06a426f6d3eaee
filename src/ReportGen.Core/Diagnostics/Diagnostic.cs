namespace ReportGen.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One finding about an input: a data file (with its JSON path, and line/column where known) or a
/// template (file, line, column). Messages are in Chinese, for the people who fix the input.
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, string? Path, string Message)
{
    public int? Line { get; init; }
    public int? Column { get; init; }
    /// <summary>Optional source line shown under the message (template errors).</summary>
    public string? SourceLine { get; init; }
    /// <summary>A stable rule identifier, e.g. "sum", "code-format"; used by tests and filters.</summary>
    public string? Rule { get; init; }

    public bool IsError => Severity == Severity.Error;

    /// <summary>"file:line:col: 错误: path: message" — the form editors and terminals link.</summary>
    public override string ToString()
    {
        var where = File;
        if (Line is int l)
        {
            where += ":" + l + (Column is int c ? ":" + c : "");
        }
        var sev = Severity == Severity.Error ? "错误" : "警告";
        var path = string.IsNullOrEmpty(Path) ? "" : Path + ": ";
        var text = $"{where}: {sev}: {path}{Message}";
        return SourceLine is null ? text : text + "\n    " + SourceLine;
    }
}
