using ReportGen.Core.Documents;
using ReportGen.Core.Styling;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Layout.Tables;

/// <summary>
/// A table's text shaped once (uncovered characters are reported here, with the cell): the title
/// lines, the header and body cells on the grid, the notes. Geometry comes later, per width.
/// </summary>
internal sealed class TableContent
{
    /// <summary>Column positions already computed, by the width of the text block (<see cref="ColumnWidths.Positions"/>).</summary>
    public Dictionary<float, float[]> PositionsByWidth { get; } = [];

    public TableContent(Table table, int blockIndex, FontSet fonts)
    {
        Table = table;
        var style = fonts.Style;
        Style = style;
        var where = $"第{blockIndex + 1}块，表格{table.Number}《{table.Title}》";
        Measure = ColumnWidths.Measure(fonts, where);
        Columns = table.Columns;
        HeaderRowCount = table.HeaderRows.Count;
        BodyRowCount = table.BodyRows.Count;
        var pitch = (float)style.Table.LinePitchPt;
        Header = Cells(table.HeaderRows, fonts, FontRoleNames.TableHeader, pitch, header: true, (r, c) => $"{where}表头第{r + 1}行第{c + 1}列");
        Body = Cells(table.BodyRows, fonts, FontRoleNames.Table, pitch, header: false, (r, c) => $"{where}第{r + 1}行第{c + 1}列");
        var captionPitch = (float)style.Table.CaptionLinePitchPt;
        var titlePitch = (float)style.Table.TitleLinePitchPt;
        Number = table.Number is null ? null : Block(blockIndex, table.Number, fonts, FontRoleNames.Caption, captionPitch, TextAlign.Left, where + "表号");
        Title = Block(blockIndex, table.Title, fonts, FontRoleNames.TableTitle, titlePitch, TextAlign.Center, where + "标题");
        Subtitles = table.Subtitles.Select(s => Block(blockIndex, s, fonts, FontRoleNames.TableSubtitle, captionPitch, TextAlign.Center, where + "副标题")).ToList();
        LeftCaption = table.LeftCaption is null ? null : Block(blockIndex, table.LeftCaption, fonts, FontRoleNames.Caption, captionPitch, TextAlign.Left, where + "表头说明");
        RightCaption = table.RightCaption is null ? null : Block(blockIndex, table.RightCaption, fonts, FontRoleNames.Caption, captionPitch, TextAlign.Right, where + "表头说明");
        Notes = table.Notes.Select(n => Block(blockIndex, n, fonts, FontRoleNames.Note, captionPitch, TextAlign.Left, where + "注释")).ToList();
        Continued = style.Table.ContinuedLabel.Length == 0 ? null : Block(blockIndex, style.Table.ContinuedLabel, fonts, FontRoleNames.Caption, captionPitch, TextAlign.Left, where + "续表");
    }

    /// <summary>The line above the table on the pages it continues on ("续表"), when the sheet asks for one.</summary>
    public TextBlock? Continued { get; }

    public Table Table { get; }

    public StyleSheet Style { get; }

    /// <summary>How the column widths measure this table's text (<see cref="ColumnWidths.Measure"/>).</summary>
    public ReportGen.Core.Layout.TextWidth Measure { get; }

    public IReadOnlyList<ColumnSpec> Columns { get; }

    public int HeaderRowCount { get; }

    public int BodyRowCount { get; }

    public IReadOnlyList<TableCellContent> Header { get; }

    public IReadOnlyList<TableCellContent> Body { get; }

    public TextBlock? Number { get; }

    public TextBlock Title { get; }

    public IReadOnlyList<TextBlock> Subtitles { get; }

    public TextBlock? LeftCaption { get; }

    public TextBlock? RightCaption { get; }

    public IReadOnlyList<TextBlock> Notes { get; }

    private List<TableCellContent> Cells(IReadOnlyList<TableRow> rows, FontSet fonts, string role, float pitch, bool header, Func<int, int, string> location)
    {
        var result = new List<TableCellContent>();
        var indentPerLevel = (float)fonts.Style.Table.IndentPerLevelChars;
        var empty = ReportGen.Core.Layout.TableColumnWidths.EmptyColumns(Table);
        foreach (var placed in TableGrid.Place(Columns.Count, rows))
        {
            var cell = placed.Cell;
            var bold = !header && rows[placed.Row].Kind == RowKind.Total;
            var text = fonts.Text(role, bold);
            var chain = text.Chain;
            var size = text.Size;
            var spec = Columns[placed.Column];
            var align = cell.Align ?? (header ? CellAlign.Center : spec.Align);
            var numeric = !header && spec.Numeric && cell.ColSpan == 1;
            // Header labels break between words only ("科目/编码", never "科目编/码"); body text
            // (long names, project overviews) may break between any two ideographs.
            var glyphs = header
                ? TextShaper.ShapeWords(cell.Text, text, () => location(placed.Row, placed.Column), cell.ColSpan == 1 && empty[placed.Column])
                : TextShaper.Shape(cell.Text, text, () => location(placed.Row, placed.Column));
            // A name (not a sentence: no "，", "。", "；") may also be set between words, when that takes no more lines (TableGeometry).
            var name = !header && !numeric && cell.Text.IndexOfAny(['，', '。', '；']) < 0;
            result.Add(new TableCellContent(placed.Row, placed.Column, Math.Min(cell.RowSpan, rows.Count - placed.Row), Math.Min(cell.ColSpan, Columns.Count - placed.Column),
                glyphs, TableCellContent.ToTextAlign(align), cell.Indent * indentPerLevel * size, LineMetrics.For(pitch, size, chain), numeric)
            {
                WordGlyphs = name ? new Lazy<Glyph[]>(() => TextShaper.ShapeWords(cell.Text, text, () => location(placed.Row, placed.Column), compounds: true)) : null,
            });
        }
        return result;
    }

    private static TextBlock Block(int blockIndex, string text, FontSet fonts, string role, float pitch, TextAlign align, string location)
    {
        var style = fonts.Text(role);
        var glyphs = TextShaper.ShapeWords(text, style, () => location);
        return new TextBlock(blockIndex, glyphs, new TextBlockStyle(LineMetrics.For(pitch, style.Size, style.Chain), align) { WidowControl = false }) { Detail = "table-title" };
    }
}
