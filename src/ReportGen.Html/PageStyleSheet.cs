using System.Globalization;
using System.Text;
using ReportGen.Core.Styling;

namespace ReportGen.Html;

/// <summary>
/// The CSS of the page: custom properties and @page rules computed from the style sheet, followed
/// by the fixed rules of <c>Resources/page.css</c> that use them. Screen sizes are the print sizes
/// scaled to the web body size (never below its minimum); print sizes are the style sheet's points.
/// </summary>
internal static class PageStyleSheet
{
    private static readonly Lazy<string> Rules = new(() =>
    {
        using var stream = typeof(PageStyleSheet).Assembly.GetManifestResourceStream("ReportGen.Html.page.css")
            ?? throw new InvalidOperationException("embedded resource ReportGen.Html.page.css is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The CSS variable stem and the style-sheet role of each part of the page.</summary>
    private static readonly (string Name, string Role, string Fallback)[] Roles =
    [
        ("title", FontRoleNames.Title, FontRoleNames.Title),
        ("body", FontRoleNames.Body, FontRoleNames.Body),
        ("h1", FontRoleNames.Heading(1), FontRoleNames.Body),
        ("h2", FontRoleNames.Heading(2), FontRoleNames.Body),
        ("h3", FontRoleNames.Heading(3), FontRoleNames.Body),
        ("h4", FontRoleNames.Heading(4), FontRoleNames.Body),
        ("ttitle", FontRoleNames.TableTitle, FontRoleNames.TableTitle),
        ("tsub", FontRoleNames.TableSubtitle, FontRoleNames.Caption),
        ("caption", FontRoleNames.Caption, FontRoleNames.Caption),
        ("table", FontRoleNames.Table, FontRoleNames.Table),
        ("th", FontRoleNames.TableHeader, FontRoleNames.Table),
        ("note", FontRoleNames.Note, FontRoleNames.Note),
    ];

    public static string Build(StyleSheet style, int maxIndent)
    {
        var sb = new StringBuilder();
        sb.Append(CssFonts.FaceAliases(Roles.Select(r => style.FontOr(r.Role, r.Fallback))));
        sb.Append(":root {\n");
        var body = style.Font(FontRoleNames.Body);
        var scale = style.Web.BodySizePx / body.SizePt;
        foreach (var (name, role, fallback) in Roles)
        {
            var font = style.FontOr(role, fallback);
            var screen = role == FontRoleNames.Body ? style.Web.BodySizePx : Math.Max(style.Web.MinSizePx, font.SizePt * scale);
            Var(sb, "font-" + name, CssFonts.Family(font));
            Var(sb, "size-" + name, Px(screen));
            Var(sb, "print-size-" + name, Pt(font.SizePt));
            Var(sb, "weight-" + name, font.Bold ? "bold" : "normal");
        }
        var table = style.Font(FontRoleNames.Table);
        var title = style.Font(FontRoleNames.Title);
        var tableTitle = style.Font(FontRoleNames.TableTitle);
        Var(sb, "leading-body", Number(style.Body.LinePitchPt / body.SizePt));
        Var(sb, "leading-title", Number(style.Body.TitleLinePitchPt / title.SizePt));
        Var(sb, "leading-table", Number(style.Table.LinePitchPt / table.SizePt));
        Var(sb, "leading-ttitle", Number(style.Table.TitleLinePitchPt / tableTitle.SizePt));
        Var(sb, "print-leading-body", Pt(style.Body.LinePitchPt));
        Var(sb, "print-leading-title", Pt(style.Body.TitleLinePitchPt));
        Var(sb, "print-leading-table", Pt(style.Table.LinePitchPt));
        Var(sb, "print-leading-ttitle", Pt(style.Table.TitleLinePitchPt));
        Var(sb, "space-after-title", Number(style.Body.SpaceAfterTitleLines * style.Body.LinePitchPt / title.SizePt) + "em");
        Var(sb, "first-indent", Number(style.Body.FirstLineIndentChars) + "em");
        Var(sb, "heading-indent", Number(style.Body.HeadingFirstLineIndentChars) + "em");
        Var(sb, "body-align", style.Body.Justify ? "justify" : "left");
        Var(sb, "cell-pad-h", Number(style.Table.CellPaddingHorizontalPt / table.SizePt) + "em");
        Var(sb, "cell-pad-v", Number(style.Table.CellPaddingVerticalPt / table.SizePt) + "em");
        Var(sb, "th-fill", style.Table.HeaderShading is { Length: 6 } fill && fill.All(char.IsAsciiHexDigit) ? "#" + fill : "transparent");
        Var(sb, "print-rule", Pt(style.Table.RuleWidthPt));
        Var(sb, "measure", Px(style.Web.MeasureChars * style.Web.BodySizePx));
        Var(sb, "table-max", Px(style.Web.TableMaxChars * Math.Max(style.Web.MinSizePx, table.SizePt * scale)));
        Var(sb, "page-pad", "1rem");
        sb.Append("}\n");
        for (var level = 1; level <= maxIndent; level++)
        {
            sb.Append(".indent-").Append(level).Append(" { padding-left: calc(var(--cell-pad-h) + ")
                .Append(Number(level * style.Table.IndentPerLevelChars)).Append("em); }\n");
        }
        PageRules(sb, style);
        sb.Append(Rules.Value);
        return sb.ToString();
    }

    /// <summary>A4 (or the sheet's page) with its margins, a "wide" page turned for landscape sections, and page numbers.</summary>
    private static void PageRules(StringBuilder sb, StyleSheet style)
    {
        var p = style.Page;
        sb.Append("@page { size: ").Append(Mm(p.WidthMm)).Append(' ').Append(Mm(p.HeightMm))
            .Append("; margin: ").Append(Margins(p.Portrait)).Append("; }\n");
        sb.Append("@page wide { size: ").Append(Mm(p.HeightMm)).Append(' ').Append(Mm(p.WidthMm))
            .Append("; margin: ").Append(Margins(p.Landscape)).Append("; }\n");
        var number = style.Font(FontRoleNames.PageNumber);
        var parts = style.PageNumber.Format.Split("{0}");
        var content = parts.Length == 2 ? $"{CssFonts.CssString(parts[0])} counter(page) {CssFonts.CssString(parts[1])}" : "counter(page)";
        var box = $"content: {content}; font-family: {CssFonts.Family(number)}; font-size: {Pt(number.SizePt)}; vertical-align: top; padding-top: {Mm(p.FooterOffsetMm)}";
        if (style.PageNumber.MirrorOddEven)
        {
            var indent = Number(style.PageNumber.OuterIndentChars) + "em";
            sb.Append("@page :right { @bottom-right { ").Append(box).Append("; padding-right: ").Append(indent).Append("; } }\n");
            sb.Append("@page :left { @bottom-left { ").Append(box).Append("; padding-left: ").Append(indent).Append("; } }\n");
        }
        else
        {
            sb.Append("@page { @bottom-center { ").Append(box).Append("; } }\n");
        }
    }

    private static string Margins(Margins m) => $"{Mm(m.TopMm)} {Mm(m.RightMm)} {Mm(m.BottomMm)} {Mm(m.LeftMm)}";

    private static void Var(StringBuilder sb, string name, string value) => sb.Append("  --").Append(name).Append(": ").Append(value).Append(";\n");

    private static string Px(double v) => Number(v) + "px";

    private static string Pt(double v) => Number(v) + "pt";

    private static string Mm(double v) => Number(v) + "mm";

    internal static string Number(double v) => Math.Round(v, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
