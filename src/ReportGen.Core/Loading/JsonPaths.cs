namespace ReportGen.Core.Loading;

/// <summary>Builds and splits JSON paths of the form <c>$.a.b[0].c</c> (names that are not plain identifiers as <c>['name']</c>).</summary>
public static class JsonPaths
{
    public const string Root = "$";

    public static string Member(string parent, string name) =>
        IsPlain(name) ? parent + "." + name : parent + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Index(string parent, int index) => parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>The parent path, or null for the root.</summary>
    public static string? Parent(string path)
    {
        if (path == Root || path.Length == 0)
        {
            return null;
        }
        if (path.EndsWith(']'))
        {
            var open = path.EndsWith("']", StringComparison.Ordinal) ? path.LastIndexOf("['", StringComparison.Ordinal) : path.LastIndexOf('[');
            return open > 0 ? path[..open] : Root;
        }
        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : Root;
    }

    private static bool IsPlain(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') && !char.IsAsciiDigit(name[0]);
}
