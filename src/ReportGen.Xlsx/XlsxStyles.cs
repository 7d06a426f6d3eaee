using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Xlsx;

/// <summary>
/// The workbook's cell formats, collected while the sheets are written: each distinct
/// <see cref="CellStyle"/> becomes one cell format (in first-use order, so the same document gives
/// the same styles part). Fonts are the style sheet's roles under the first family of each chain (the
/// office font names, as the DOCX names them); font 0, the workbook's default, is the table font.
/// </summary>
internal sealed class XlsxStyles(StyleSheet sheet)
{
    private const uint FirstCustomFormat = 164;
    private const string LinkColor = "FF0563C1";

    private readonly Dictionary<CellStyle, uint> _cells = [];
    private readonly List<CellStyle> _order = [];
    private readonly Dictionary<(string Role, bool Bold, bool Link), uint> _fonts = [];
    private readonly List<(string Role, bool Bold, bool Link)> _fontOrder = [];
    private readonly Dictionary<string, uint> _formats = [];

    /// <summary>The default cell format (index 0): the table font, no border.</summary>
    public uint Default => 0;

    /// <summary>The index of the cell format for <paramref name="style"/>.</summary>
    public uint Index(CellStyle style)
    {
        if (_cells.Count == 0)
        {
            Register(new CellStyle(FontRoleNames.Table, Middle: false));
        }
        return _cells.TryGetValue(style, out var index) ? index : Register(style);
    }

    private uint Register(CellStyle style)
    {
        var index = (uint)_order.Count;
        _cells[style] = index;
        _order.Add(style);
        Font(style.FontRole, style.Bold, style.Link);
        if (style.NumberFormat is { } format && !_formats.ContainsKey(format))
        {
            _formats[format] = FirstCustomFormat + (uint)_formats.Count;
        }
        return index;
    }

    private uint Font(string role, bool bold, bool link)
    {
        var key = (role, bold, link);
        if (!_fonts.TryGetValue(key, out var index))
        {
            index = (uint)_fontOrder.Count;
            _fonts[key] = index;
            _fontOrder.Add(key);
        }
        return index;
    }

    /// <summary>The width in pixels of a digit of the default font at 96 dpi (the unit of column widths).</summary>
    public double MaxDigitWidthPx => Math.Round(Role(FontRoleNames.Table).SizePt * 96 / 72 / 2);

    public Stylesheet Build()
    {
        Index(new CellStyle(FontRoleNames.Table, Middle: false));
        var numberFormats = new NumberingFormats(_formats.OrderBy(f => f.Value).Select(f => new NumberingFormat
        {
            NumberFormatId = f.Value,
            FormatCode = f.Key,
        }))
        { Count = (uint)_formats.Count };
        var fonts = new Fonts(_fontOrder.Select(f => FontElement(f.Role, f.Bold, f.Link))) { Count = (uint)_fontOrder.Count };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + Shading() }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 };
        var cellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };
        var cellFormats = new CellFormats(_order.Select(CellFormat)) { Count = (uint)_order.Count };
        var cellStyles = new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };
        var result = new Stylesheet();
        if (_formats.Count > 0)
        {
            result.Append(numberFormats);
        }
        result.Append(fonts, fills, borders, cellStyleFormats, cellFormats, cellStyles);
        return result;
    }

    private CellFormat CellFormat(CellStyle style)
    {
        var format = new CellFormat
        {
            NumberFormatId = style.NumberFormat is { } code ? _formats[code] : 0,
            FontId = _fonts[(style.FontRole, style.Bold, style.Link)],
            FillId = style.Shaded ? 2U : 0U,
            BorderId = style.Border ? 1U : 0U,
            FormatId = 0,
        };
        if (style.NumberFormat is not null)
        {
            format.ApplyNumberFormat = true;
        }
        format.ApplyFont = true;
        if (style.Shaded)
        {
            format.ApplyFill = true;
        }
        if (style.Border)
        {
            format.ApplyBorder = true;
        }
        var alignment = new Alignment
        {
            Horizontal = style.Align switch
            {
                CellAlign.Center => HorizontalAlignmentValues.Center,
                CellAlign.Right => HorizontalAlignmentValues.Right,
                _ => HorizontalAlignmentValues.Left,
            },
        };
        if (style.Middle)
        {
            alignment.Vertical = VerticalAlignmentValues.Center;
        }
        if (style.Wrap)
        {
            alignment.WrapText = true;
        }
        if (style.Indent > 0)
        {
            alignment.Indent = (uint)style.Indent;
        }
        format.Append(alignment);
        format.ApplyAlignment = true;
        return format;
    }

    private Font FontElement(string roleName, bool bold, bool link)
    {
        var role = Role(roleName);
        var font = new Font();
        if (bold || role.Bold)
        {
            font.Append(new Bold());
        }
        if (link)
        {
            font.Append(new Underline());
        }
        font.Append(new FontSize { Val = role.SizePt });
        if (link)
        {
            font.Append(new Color { Rgb = LinkColor });
        }
        font.Append(
            new FontName { Val = role.Families.Count > 0 ? role.Families[0] : throw new InvalidDataException("样式表中的字体角色没有字体名称") },
            new FontFamilyNumbering { Val = 3 },
            new FontCharSet { Val = 134 }); // GB2312
        return font;
    }

    private string Shading()
    {
        var hex = sheet.Table.HeaderShading.TrimStart('#');
        return hex.Length == 6 && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _) ? hex.ToUpperInvariant() : "FFFFFF";
    }

    private FontRole Role(string role) => role == FontRoleNames.TableSubtitle ? sheet.FontOr(role, FontRoleNames.Caption) : sheet.Font(role);

    private static T Side<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
}
