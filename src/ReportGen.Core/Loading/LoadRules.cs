namespace ReportGen.Core.Loading;

/// <summary>Rule identifiers (<see cref="Diagnostics.Diagnostic.Rule"/>) of the diagnostics the loader reports.</summary>
public static class LoadRules
{
    /// <summary>The file could not be read.</summary>
    public const string Unreadable = "io";
    /// <summary>Malformed JSON (line and column given).</summary>
    public const string Syntax = "json-syntax";
    /// <summary>A field the format does not know (typically a typo).</summary>
    public const string UnknownMember = "unknown-field";
    /// <summary>A required field is absent.</summary>
    public const string MissingMember = "missing-field";
    /// <summary>A field appears twice in the same object.</summary>
    public const string DuplicateMember = "duplicate-field";
    /// <summary>A value of the wrong JSON type (string for a number, unknown enum name, null where not allowed …).</summary>
    public const string WrongType = "wrong-type";
}
