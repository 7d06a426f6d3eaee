using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>The outcome of checking one data file: everything found, located in the file where possible.</summary>
public sealed record FileValidation(string File, IReadOnlyList<Diagnostic> Diagnostics, bool Unreadable)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
    public bool IsValid => !Unreadable && ErrorCount == 0;

    /// <summary>The report when the file bound to the model (even with validation errors); null when it did not.</summary>
    public BudgetReport? Report { get; init; }

    /// <summary>The report when the file has no error: what may be built; null otherwise.</summary>
    public BudgetReport? ValidReport => IsValid ? Report : null;
}

/// <summary>Loads and validates data files: syntax and shape first, then (when the file binds) the semantic rules.</summary>
public static class FileValidator
{
    public static FileValidation ValidateFile(string path, ValidationOptions? options = null) => Complete(path, BudgetLoader.Load(path), options);

    public static FileValidation ValidateText(string json, string fileName, ValidationOptions? options = null) =>
        Complete(fileName, BudgetLoader.Parse(json, fileName), options);

    /// <summary>Checks the bytes of data file <paramref name="fileName"/> already read (the batch hashes and builds the same bytes).</summary>
    public static FileValidation ValidateBytes(byte[] utf8, string fileName, ValidationOptions? options = null) =>
        Complete(fileName, BudgetLoader.Parse(utf8, fileName), options);

    private static FileValidation Complete(string file, LoadResult loaded, ValidationOptions? options)
    {
        if (loaded.Report is null)
        {
            return new FileValidation(file, loaded.Diagnostics, loaded.IsUnreadable);
        }
        var found = BudgetValidator.Validate(loaded.Report, file, options);
        var located = loaded.Positions is { } map ? found.Select(map.Locate) : found;
        var ordered = located
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Line ?? int.MaxValue)
            .ThenBy(x => x.d.Column ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.d);
        return new FileValidation(file, [.. loaded.Diagnostics, .. ordered], false) { Report = loaded.Report };
    }
}
