namespace ReportGen.Core.Styling;

/// <summary>The font role names of the style sheet (<c>fonts</c> in templates/style.json), shared by the renderers.</summary>
public static class FontRoleNames
{
    public const string Title = "title";
    public const string Body = "body";
    public const string TableTitle = "tableTitle";
    /// <summary>Optional: falls back to <see cref="Caption"/>.</summary>
    public const string TableSubtitle = "tableSubtitle";
    public const string Caption = "caption";
    public const string Table = "table";
    public const string TableHeader = "tableHeader";
    public const string Note = "note";
    public const string PageNumber = "pageNumber";

    /// <summary>"heading1" … "heading4".</summary>
    public static string Heading(int level) => "heading" + Math.Clamp(level, 1, 4);
}
