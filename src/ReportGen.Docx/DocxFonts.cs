using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Core.Styling;

namespace ReportGen.Docx;

/// <summary>
/// Fonts as offices name them: the first family of a role goes to the east-Asian attribute, the first
/// Latin family (or the same family) to ascii/hAnsi; the font table names the next family of the
/// chain as the alternative (w:altName), which Word and WPS offer when the first is missing.
/// </summary>
internal static class DocxFonts
{
    /// <summary>GB2312, the character set Chinese Word declares for its CJK fonts.</summary>
    private const byte ChineseCharset = 0x86;

    /// <summary>The sheet's font of a role; the optional table subtitle falls back to the caption font.</summary>
    public static FontRole Role(StyleSheet sheet, string role) =>
        role == FontRoleNames.TableSubtitle ? sheet.FontOr(role, FontRoleNames.Caption) : sheet.Font(role);

    public static string EastAsian(FontRole role) => role.Families.Count > 0
        ? role.Families[0]
        : throw new InvalidDataException("样式表中的字体角色没有字体名称");

    public static string Latin(FontRole role) => role.LatinFamilies.Count > 0 ? role.LatinFamilies[0] : EastAsian(role);

    /// <summary>Run properties of a role: fonts, size, weight, and the body's character spacing for body-size text.</summary>
    public static StyleRunProperties RunProperties(StyleSheet sheet, FontRole role)
    {
        var rpr = new StyleRunProperties
        {
            RunFonts = new RunFonts
            {
                Ascii = Latin(role),
                HighAnsi = Latin(role),
                EastAsia = EastAsian(role),
                ComplexScript = Latin(role),
                Hint = FontTypeHintValues.EastAsia,
            },
            Spacing = new Spacing { Val = Tracking(sheet, role) },
            FontSize = new FontSize { Val = Units.HalfPoints(role.SizePt) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = Units.HalfPoints(role.SizePt) },
        };
        if (role.Bold)
        {
            rpr.Bold = new Bold();
            rpr.BoldComplexScript = new BoldComplexScript();
        }
        return rpr;
    }

    /// <summary>
    /// Character spacing (twentieths of a point) that fits the sheet's characters per line of body-size
    /// text into the portrait text block: GB/T 9704's 28 characters of 16 pt need 448 pt, the block has
    /// 442 pt, so each character gives up a quarter point, and a twentieth more: at an exact fit
    /// LibreOffice drops a line-final 、 or ， instead of drawing it. Text of other sizes keeps its
    /// natural spacing.
    /// </summary>
    public static int Tracking(StyleSheet sheet, FontRole role)
    {
        var body = sheet.Font(FontRoleNames.Body);
        if (sheet.Body.CharsPerLine <= 0 || Math.Abs(role.SizePt - body.SizePt) > 0.01)
        {
            return 0;
        }
        var widthPt = SectionGeometry.For(sheet, Core.Documents.PageOrientation.Portrait).TextWidth / 20.0;
        return (int)Math.Floor((widthPt / sheet.Body.CharsPerLine - body.SizePt) * 20) - 1;
    }

    /// <summary>The font table: every family the sheet's roles name first, with its alternative.</summary>
    public static Fonts FontTable(StyleSheet style)
    {
        var entries = new SortedDictionary<string, (string? Alt, bool EastAsian)>(StringComparer.Ordinal);
        foreach (var role in style.Fonts.Values)
        {
            var ea = EastAsian(role);
            entries[ea] = (role.Families.Count > 1 ? role.Families[1] : null, true);
            if (role.LatinFamilies.Count > 0 && !entries.ContainsKey(role.LatinFamilies[0]))
            {
                var latin = role.LatinFamilies;
                entries[latin[0]] = (latin.Count > 1 ? latin[1] : null, false);
            }
        }
        var fonts = new Fonts();
        foreach (var (name, (alt, eastAsian)) in entries)
        {
            var font = new Font { Name = name };
            if (alt is not null)
            {
                font.Append(new AltName { Val = alt });
            }
            font.Append(
                new FontCharSet { Val = eastAsian ? ChineseCharset.ToString("X2") : "00" },
                new FontFamily { Val = FontFamilyValues.Auto },
                new Pitch { Val = FontPitchValues.Variable });
            fonts.Append(font);
        }
        return fonts;
    }
}
