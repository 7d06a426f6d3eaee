namespace ReportGen.Docx;

/// <summary>
/// Style ids written to styles.xml. Word's built-in ids where Word has the style (Normal, Title,
/// Heading1–4, BodyText, Footer, TableGrid, Strong) so a localized Word shows its own names.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string BodyText = "BodyText";
    public const string CenteredText = "CenteredText";
    public const string Note = "Note";
    public const string TableNumber = "TableNumber";
    public const string TableTitle = "TableTitle";
    public const string TableSubtitle = "TableSubtitle";
    public const string TableCaption = "TableCaption";
    public const string TableText = "TableText";
    public const string TableHeader = "TableHeader";
    public const string TableTotal = "TableTotal";
    public const string SectionMark = "SectionMark";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";
    public const string Strong = "Strong";

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 4);

    public static string HeadingChar(int level) => Heading(level) + "Char";
}
