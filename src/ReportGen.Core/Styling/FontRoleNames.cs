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

    /// <summary>Every role, in the order messages list them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Title, Body, Heading(1), Heading(2), Heading(3), Heading(4), TableTitle, TableSubtitle, Caption, TableHeader, Table, Note, PageNumber];

    /// <summary>What users call the role: "正文", "一级标题", "表格标题行"…; the role name itself when unknown.</summary>
    public static string Chinese(string role) => role switch
    {
        Title => "标题",
        Body => "正文",
        "heading1" => "一级标题",
        "heading2" => "二级标题",
        "heading3" => "三级标题",
        "heading4" => "四级标题",
        TableTitle => "表题",
        TableSubtitle => "表副题",
        Caption => "表头说明",
        TableHeader => "表格标题行",
        Table => "表格",
        Note => "注释",
        PageNumber => "页码",
        _ => role,
    };
}
