using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Core.Layout;

/// <summary>
/// The width in points of <paramref name="text"/> set on one line in font role <paramref name="role"/>
/// (<see cref="FontRoleNames.TableHeader"/> or <see cref="FontRoleNames.Table"/>; bold for total rows).
/// </summary>
public delegate double TextWidth(string text, string role, bool bold);

/// <summary>
/// A table's column widths, one set for every format (PDF, DOCX, XLSX): the model's width hints
/// share the table width, no column narrower than its minimum (a number or code whole, a header word
/// whole: "科目/编码", never "科目编/码"), then room a column does not need goes to the columns that
/// would wrap by the least (<see cref="ColumnFit"/>).
/// <para>
/// Text is measured by <see cref="Estimate"/>: the widest of the faces the DOCX may be set in (宋体 and
/// 黑体 in Word and WPS, whose digits, commas and points are all half an em; the Fandol faces
/// LibreOffice sets them in on Linux), so amounts never wrap in Word although FandolSong's commas
/// are narrower. The PDF passes a measure that is never below the estimate and is above it only
/// where the face it embeds is wider (Noto CJK's digits when neither 宋体 nor Fandol is installed):
/// with 宋体 or the Fandol faces the PDF's columns are the DOCX's to the twip, so LibreOffice and the
/// PDF wrap the same cells and take the same pages.
/// </para>
/// <para>
/// Every width holds, besides the text, the cell padding on both sides and the two rules and a
/// quarter point: LibreOffice takes a cell's borders from its text area, and set "2080505" in a
/// column of exactly its width on two lines.
/// </para>
/// </summary>
public static class TableColumnWidths
{
    /// <summary>Widths in whole units of the caller (twips: 20 a point; hundredths of a point: 100) summing exactly to <paramref name="total"/>.</summary>
    public static int[] For(Table table, StyleSheet sheet, int total, double unitsPerPoint, TextWidth? face = null) =>
        Whole(Points(table, sheet, total / unitsPerPoint, face), total, unitsPerPoint);

    /// <summary>
    /// Widths in points summing to <paramref name="totalPt"/>. <paramref name="face"/> measures the text in
    /// the faces an output embeds (the PDF's); text is measured as the wider of it and the estimate.
    /// A table too wide at its minimums with 宋体's commas and points (half an em) is measured again
    /// with the narrower ones of the free faces (<see cref="TextEstimate.NarrowPunctuationEm"/>), as
    /// LibreOffice and the PDF set them, before every column shrinks alike.
    /// </summary>
    public static double[] Points(Table table, StyleSheet sheet, double totalPt, TextWidth? face = null)
    {
        var hints = table.Columns.Select(c => Math.Max(c.Width, 0.01)).ToArray();
        foreach (var narrow in new[] { false, true })
        {
            var estimate = Estimate(sheet, narrow);
            var measure = face is null ? estimate : (text, role, bold) => Math.Max(estimate(text, role, bold), face(text, role, bold));
            var (minimum, natural) = Needs(table, sheet, measure);
            if (narrow || minimum.Sum() <= totalPt)
            {
                return ColumnFit.Rebalance(ColumnFit.Distribute(hints, minimum, totalPt), natural);
            }
        }
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>
    /// <see cref="TextEstimate"/> at the role's size: full-width characters one em, ASCII half an em as
    /// 宋体 and 黑体 set it (with <paramref name="narrow"/>, commas and points as the Fandol faces do).
    /// </summary>
    public static TextWidth Estimate(StyleSheet sheet, bool narrow = false)
    {
        var header = sheet.FontOr(FontRoleNames.TableHeader, FontRoleNames.Table).SizePt;
        var body = sheet.Font(FontRoleNames.Table).SizePt;
        return (text, role, _) => (narrow ? TextEstimate.NarrowWidthEm(text) : TextEstimate.WidthEm(text)) * (role == FontRoleNames.TableHeader ? header : body);
    }

    /// <summary>The room a cell needs besides its text: padding on both sides, the two rules and a quarter point.</summary>
    public static double CellExtraPt(StyleSheet sheet) => 2 * sheet.Table.CellPaddingHorizontalPt + RuleRoomPt(sheet.Table);

    /// <summary>The part of <see cref="CellExtraPt"/> beyond the padding: the two rules and a quarter point.</summary>
    public static double RuleRoomPt(TableStyle table) => 2 * table.RuleWidthPt + 0.25;

    /// <summary>The hints scaled so the widths sum exactly to <paramref name="total"/>.</summary>
    public static int[] FromHints(IReadOnlyList<ColumnSpec> columns, int total)
    {
        var sum = columns.Sum(c => Math.Max(c.Width, 0));
        var widths = new int[columns.Count];
        var used = 0;
        for (var i = 0; i < columns.Count; i++)
        {
            widths[i] = i == columns.Count - 1
                ? total - used
                : (int)Math.Round(total * (sum > 0 ? Math.Max(columns[i].Width, 0) / sum : 1.0 / columns.Count));
            used += widths[i];
        }
        return widths;
    }

    /// <summary>Points to whole units, the remainder going to the largest fractions (ties: the leftmost), so the sum is exact.</summary>
    private static int[] Whole(double[] points, int total, double unitsPerPoint)
    {
        var exact = points.Select(p => p * unitsPerPoint).ToArray();
        var result = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var rest = total - result.Sum();
        foreach (var i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i).Take(Math.Max(rest, 0)))
        {
            result[i]++;
        }
        return result;
    }

    /// <summary>
    /// Per column, the narrowest it may be (its widest unbreakable piece: a header word, an amount, a
    /// code) and its natural width (its longest cell on one line), both with the cell's extra room.
    /// Cells spanning columns count for neither.
    /// </summary>
    private static (double[] Minimum, double[] Natural) Needs(Table table, StyleSheet sheet, TextWidth measure)
    {
        var n = table.Columns.Count;
        var extra = CellExtraPt(sheet);
        var minimum = new double[n];
        var natural = new double[n];
        var indentEm = sheet.Table.IndentPerLevelChars;
        var bodySize = sheet.Font(FontRoleNames.Table).SizePt;
        var empty = EmptyColumns(table);
        foreach (var placed in TableGrid.Place(n, table.HeaderRows).Where(p => p.Cell.ColSpan == 1))
        {
            var text = placed.Cell.Text;
            var word = HeaderPieces(text, empty[placed.Column]).Select(w => measure(w, FontRoleNames.TableHeader, false)).DefaultIfEmpty(0).Max();
            var line = text.Split('\n').Max(l => measure(l, FontRoleNames.TableHeader, false));
            minimum[placed.Column] = Math.Max(minimum[placed.Column], word + extra);
            natural[placed.Column] = Math.Max(natural[placed.Column], line + extra);
        }
        foreach (var placed in TableGrid.Place(n, table.BodyRows).Where(p => p.Cell.ColSpan == 1))
        {
            var text = placed.Cell.Text;
            var bold = table.BodyRows[placed.Row].Kind == RowKind.Total;
            var indent = placed.Cell.Indent * indentEm * bodySize;
            var lines = text.Split('\n');
            // A number is never wrapped; other text breaks where Word and the PDF both may.
            var pieces = table.Columns[placed.Column].Numeric ? lines : lines.SelectMany(Pieces);
            var piece = pieces.Select(p => measure(p, FontRoleNames.Table, bold)).DefaultIfEmpty(0).Max();
            var line = lines.Max(l => measure(l, FontRoleNames.Table, bold));
            minimum[placed.Column] = Math.Max(minimum[placed.Column], piece + indent + extra);
            natural[placed.Column] = Math.Max(natural[placed.Column], line + indent + extra);
        }
        return (minimum, natural);
    }

    private const string ClosingMarks = "，。、；：！？）》」』】〕〉”’)]}>,.;:!?%";
    private const string OpeningMarks = "（《「『【〔〈“‘([{<";

    /// <summary>
    /// Per column, whether no body cell covering it holds text (a source the department has no money
    /// from): its header labels stack short words, compounds broken into theirs ("财政/拨款",
    /// <see cref="ChineseWords.BreakUnits(string, bool)"/>), so the room goes to the columns with text.
    /// </summary>
    public static bool[] EmptyColumns(Table table)
    {
        var n = table.Columns.Count;
        var empty = Enumerable.Repeat(true, n).ToArray();
        foreach (var placed in TableGrid.Place(n, table.BodyRows).Where(p => !string.IsNullOrWhiteSpace(p.Cell.Text)))
        {
            for (var c = placed.Column; c < Math.Min(n, placed.Column + placed.Cell.ColSpan); c++)
            {
                empty[c] = false;
            }
        }
        return empty;
    }

    /// <summary>
    /// A header label set in a cell <paramref name="cellWidthPt"/> wide (rules and padding included, as
    /// the widths above are): unchanged when it fits on one line, else broken between words into even
    /// lines joined by '\n' (Word, WPS, LibreOffice and spreadsheets would break it between any two
    /// characters: "科目编/码", "事业收/入"); with <paramref name="compounds"/> (an empty column) compounds
    /// break into their words too. The DOCX and the XLSX write their header labels so.
    /// </summary>
    public static string HeaderLines(string text, double cellWidthPt, StyleSheet sheet, bool compounds)
    {
        var widthEm = (cellWidthPt - CellExtraPt(sheet)) / sheet.Font(FontRoleNames.TableHeader).SizePt;
        return text.Split('\n').Any(l => TextEstimate.WidthEm(l) > widthEm)
            ? string.Join("\n", ChineseWords.Wrap(text, widthEm, TextEstimate.WidthEm, compounds))
            : text;
    }

    /// <summary>
    /// The pieces a header label cannot break inside (<paramref name="compounds"/>: in an empty column): its words (<see cref="ChineseWords.BreakUnits"/>),
    /// a word ending with an opening mark joined to the next and one starting with a closing mark to
    /// the one before ("因公/出国/（境）费": no line ends with "（" or starts with "）").
    /// </summary>
    public static IEnumerable<string> HeaderPieces(string text, bool compounds = false)
    {
        foreach (var line in text.Split('\n'))
        {
            var pieces = new List<string>();
            foreach (var unit in ChineseWords.BreakUnits(line, compounds).Select(u => u.Trim()).Where(u => u.Length > 0))
            {
                if (pieces.Count > 0 && (OpeningMarks.Contains(pieces[^1][^1], StringComparison.Ordinal) || ClosingMarks.Contains(unit[0], StringComparison.Ordinal)))
                {
                    pieces[^1] += unit;
                }
                else
                {
                    pieces.Add(unit);
                }
            }
            foreach (var piece in pieces)
            {
                yield return piece;
            }
        }
    }

    /// <summary>
    /// The pieces body text cannot break inside: runs of half-width characters (an amount, a code, a
    /// Latin word), single full-width characters, a closing mark kept with what precedes it and an
    /// opening mark with what follows it. Spaces break and belong to no piece.
    /// </summary>
    public static IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }
                start = i + 1;
                continue;
            }
            if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && CanBreakBetween(text[i], text[i + 1]))
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }
    }

    private static bool CanBreakBetween(char a, char b) =>
        (IsWide(a) || IsWide(b)) && !OpeningMarks.Contains(a, StringComparison.Ordinal) && !ClosingMarks.Contains(b, StringComparison.Ordinal)
        && !(char.IsHighSurrogate(a) && char.IsLowSurrogate(b));

    private static bool IsWide(char c) => c >= '\u2E80';
}
