namespace ReportGen.Core.Model;

/// <summary>
/// The mark of a value nobody has filled in yet: <c>【待填写】</c> followed by what belongs there. The
/// importer leaves it where neither the workbook nor the text file gave a value; the loader (for
/// numbers) and the validator (for texts) refuse it, so an unfilled file can never be built.
/// </summary>
public static class Placeholder
{
    public const string Marker = "【待填写】";

    public static bool IsIn(string? text) => text is not null && text.Contains(Marker, StringComparison.Ordinal);

    /// <summary>"【待填写】" + what.</summary>
    public static string For(string what) => Marker + what;
}
