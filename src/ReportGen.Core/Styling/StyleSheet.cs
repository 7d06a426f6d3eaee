using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Core.Styling;

/// <summary>
/// Every typographic decision of the output, read from <c>templates/style.json</c>. The DOCX writer
/// and the PDF typesetter read the same sheet so the two look alike; no typographic number lives
/// in renderer code.
/// <para>
/// Members with a default are <c>set</c>, not <c>init</c>: the JSON metadata is made at build time
/// (<see cref="StyleJsonContext"/>), and the source generator passes init-only members through the
/// constructor, where one left out of the file would arrive as 0 or null instead of its default.
/// Nothing changes a sheet after it is read.
/// </para>
/// </summary>
public sealed record StyleSheet
{
    public required PageStyle Page { get; init; }

    /// <summary>
    /// Fonts per role: title, body, heading1…heading4, table, tableHeader, tableTitle, tableSubtitle,
    /// caption, note, pageNumber. Optional roles fall back through <see cref="FontOr"/>.
    /// </summary>
    public required IReadOnlyDictionary<string, FontRole> Fonts { get; init; }

    public required BodyStyle Body { get; init; }

    public required TableStyle Table { get; init; }

    public required PageNumberStyle PageNumber { get; init; }

    /// <summary>Screen settings of the HTML page (its print style sheet uses the sizes above); optional.</summary>
    public WebStyle Web { get; set; } = new();

    public FontRole Font(string role) =>
        Fonts.TryGetValue(role, out var f) ? f : throw new KeyNotFoundException($"style sheet has no font role '{role}'");

    /// <summary>The font of <paramref name="role"/>, or of <paramref name="fallbackRole"/> when the sheet does not name it.</summary>
    public FontRole FontOr(string role, string fallbackRole) =>
        Fonts.TryGetValue(role, out var f) ? f : Font(fallbackRole);

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        TypeInfoResolver = StyleJsonContext.Default,
    };

    public static StyleSheet Load(string path)
    {
        var bytes = IO.RegularFile.TryRead(path, out var problem) ?? throw new InvalidDataException($"{path}: {problem}");
        return Parse(bytes, path);
    }

    /// <summary>The style sheet <paramref name="name"/> of <paramref name="tree"/> (a folder, or the one built into the program).</summary>
    public static StyleSheet Load(IO.FileTree tree, string name)
    {
        var path = tree.DisplayOf(name);
        var bytes = tree.TryRead(name, out var problem) ?? throw new InvalidDataException($"{path}: {problem}");
        return Parse(bytes, path);
    }

    /// <summary>Parses a style sheet's bytes; <paramref name="path"/> is how messages name it.</summary>
    public static StyleSheet Parse(byte[] bytes, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<StyleSheet>(bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? bytes.AsSpan(3) : bytes, JsonOptions)
                ?? throw new InvalidDataException($"{path}: 样式表为空");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is long line ? $"{path}:{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : path;
            var what = e.Path is { Length: > 1 } jsonPath ? $"{jsonPath} 处的值不符合样式表的格式（缺少必需的项或类型不对）" : Loading.JsonSyntaxMessages.Describe(e);
            throw new InvalidDataException($"{where}: 样式表格式错误：{what}", e);
        }
    }
}

/// <summary>Page geometry in millimetres. Margins are for portrait; landscape pages use <see cref="Landscape"/>.</summary>
public sealed record PageStyle
{
    public double WidthMm { get; set; } = 210;
    public double HeightMm { get; set; } = 297;
    public required Margins Portrait { get; init; }
    public required Margins Landscape { get; init; }
    /// <summary>Distance from the bottom edge of the text block to the page-number baseline area.</summary>
    public double FooterOffsetMm { get; set; } = 7;
    /// <summary>How wide tables in landscape sections are printed (GB/T 9704-2012 §10.1).</summary>
    public LandscapeTables LandscapeTables { get; set; } = LandscapeTables.Pages;
}

/// <summary>How the pages of a landscape section are made.</summary>
public enum LandscapeTables
{
    /// <summary>Landscape pages (for reading on screen): the paper turned, the landscape margins.</summary>
    Pages,
    /// <summary>
    /// Portrait pages with the content turned a quarter (for print, GB/T 9704-2012 §10.1): the
    /// table's head toward the left edge — the binding edge (订口) of an odd page, the cut edge (切口)
    /// of an even one — inside the portrait text block, the page number where every page has it.
    /// </summary>
    Rotated,
}

public sealed record Margins(double TopMm, double BottomMm, double LeftMm, double RightMm);

/// <summary>
/// A font role: an ordered family chain (the offices' fonts first, free fonts after), a size in
/// points and weight. The DOCX writer names the first family (east-Asian attribute) and the
/// second as fallback; the PDF typesetter takes the first family it finds.
/// </summary>
public sealed record FontRole
{
    public required IReadOnlyList<string> Families { get; init; }
    /// <summary>Family chain for Latin letters and digits; empty means the same as <see cref="Families"/>.</summary>
    public IReadOnlyList<string> LatinFamilies { get; set; } = [];
    public double SizePt { get; init; }
    public bool Bold { get; init; }
}

public sealed record BodyStyle
{
    /// <summary>Fixed line pitch of body text in points (GB/T 9704: 22 lines in 225 mm).</summary>
    public double LinePitchPt { get; init; }
    /// <summary>Line pitch of the title lines.</summary>
    public double TitleLinePitchPt { get; init; }
    public double FirstLineIndentChars { get; set; } = 2;
    public bool Justify { get; set; } = true;
    /// <summary>Empty lines (in body pitch) after the title block.</summary>
    public double SpaceAfterTitleLines { get; set; } = 1;
    /// <summary>
    /// Characters of the body font per line of the portrait text block (GB/T 9704: 28). Text of the
    /// body size is set with the character spacing that fits this many (28 × 16 pt is 6 pt wider than
    /// the 156 mm block, so each character gives up a quarter point); 0 means natural spacing.
    /// </summary>
    public double CharsPerLine { get; set; } = 28;
    /// <summary>First-line indent of headings (levels 1–4), in characters of the heading font.</summary>
    public double HeadingFirstLineIndentChars { get; set; } = 2;
}

public sealed record TableStyle
{
    public double RuleWidthPt { get; set; } = 0.5;
    public double LinePitchPt { get; init; }
    public double CellPaddingHorizontalPt { get; init; }
    public double CellPaddingVerticalPt { get; init; }
    /// <summary>Indent per tree level in the name column, in characters of the table font.</summary>
    public double IndentPerLevelChars { get; set; } = 1;
    /// <summary>Space between the table title lines and the table, in points.</summary>
    public double TitleSpacingPt { get; init; }
    public double TitleLinePitchPt { get; init; }
    public double CaptionLinePitchPt { get; init; }
    /// <summary>Minimum row height in points.</summary>
    public double MinRowHeightPt { get; init; }
    /// <summary>Header cell fill as RRGGBB hex; empty for none.</summary>
    public string HeaderShading { get; set; } = "";
    /// <summary>
    /// Put the left caption (部门全称) and the right caption (单位) on one line, the right one flush
    /// right, when both fit; otherwise (or when false) each takes its own line.
    /// </summary>
    public bool CaptionsOnOneLine { get; set; } = true;
    /// <summary>
    /// Forms of one kind that follow each other (表十七's project forms: same number, title and
    /// columns) share a page when they fit whole: only the first starts on a new page. False: each
    /// starts on a new page as the model asks.
    /// </summary>
    public bool FormsSharePages { get; set; } = true;
    /// <summary>
    /// Text above the table on the pages a table continues on (e.g. "续表"); empty for none. The
    /// repeated header rows are always drawn.
    /// </summary>
    public string ContinuedLabel { get; set; } = "";
}

public sealed record PageNumberStyle
{
    /// <summary>Format with {0} for the number, e.g. "— {0} —".</summary>
    public string Format { get; set; } = "— {0} —";
    /// <summary>Indent from the outer edge of the text block, in characters of the page-number font.</summary>
    public double OuterIndentChars { get; set; } = 1;
    /// <summary>Odd pages right, even pages left.</summary>
    public bool MirrorOddEven { get; set; } = true;
}

/// <summary>
/// The HTML page on screen. Sizes of the print style sheet are the points above; on screen every
/// text size is the print size scaled by <see cref="BodySizePx"/> / body size, but never below
/// <see cref="MinSizePx"/> (table text of 10.5 pt would be too small on a phone).
/// </summary>
public sealed record WebStyle
{
    /// <summary>Body text size on screen, in CSS pixels.</summary>
    public double BodySizePx { get; set; } = 18;
    /// <summary>The smallest text size on screen (tables, notes, captions), in CSS pixels.</summary>
    public double MinSizePx { get; set; } = 16;
    /// <summary>Longest line of the narrative, in characters of the body font.</summary>
    public double MeasureChars { get; set; } = 40;
    /// <summary>Widest a table gets on a large screen, in characters of the table font.</summary>
    public double TableMaxChars { get; set; } = 80;
    /// <summary>
    /// Narrowest a table gets, in characters of the table font per unit of the columns' width hints
    /// (a narrower screen scrolls the table inside its own box instead of crushing the columns).
    /// </summary>
    public double TableMinCharsPerWidthUnit { get; set; } = 3.2;
}

/// <summary>The style sheet's JSON metadata, made at build time: no reflection and no emitted accessors when a sheet is read.</summary>
[JsonSerializable(typeof(StyleSheet))]
internal sealed partial class StyleJsonContext : JsonSerializerContext;
