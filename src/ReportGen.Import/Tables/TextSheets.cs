using System.Text.RegularExpressions;
using ReportGen.Core.Model;
using ReportGen.Import.Sheets;

namespace ReportGen.Import.Tables;

/// <summary>
/// The text sheets some exports carry beside the tables (Shanghai: "3.11部门主要职能", "3.13名词解释"):
/// 职能职责 one per row, 名词解释 as "名词：解释" or two cells.
/// </summary>
internal static partial class TextSheets
{
    public static List<string> Duties(IEnumerable<Sheet> sheets)
    {
        var sheet = sheets.FirstOrDefault(s => s.Name.Contains("主要职能", StringComparison.Ordinal) || s.Name.Contains("职能职责", StringComparison.Ordinal));
        if (sheet is null)
        {
            return [];
        }
        return [.. Enumerable.Range(0, sheet.RowCount)
            .Select(r => sheet.RowText(r).Trim())
            .Where(t => t.Length > 0 && !IsHeading(t))
            .Select(t => Numbering().Replace(t, ""))
            .Where(t => t.Length > 0)];
    }

    public static List<GlossaryEntry> Glossary(IEnumerable<Sheet> sheets)
    {
        var sheet = sheets.FirstOrDefault(s => s.Name.Contains("名词解释", StringComparison.Ordinal));
        var result = new List<GlossaryEntry>();
        if (sheet is null)
        {
            return result;
        }
        for (var r = 0; r < sheet.RowCount; r++)
        {
            var cells = sheet.CellsOf(r).ToList();
            if (cells.Count >= 2 && !IsHeading(cells[0].Text))
            {
                result.Add(new GlossaryEntry { Term = Numbering().Replace(cells[0].Text, "").TrimEnd('：', ':'), Definition = cells[1].Text });
            }
            else if (cells.Count == 1 && cells[0].Text.IndexOfAny(['：', ':']) is var colon and > 0 && !IsHeading(cells[0].Text))
            {
                var text = cells[0].Text;
                result.Add(new GlossaryEntry { Term = Numbering().Replace(text[..colon], ""), Definition = text[(colon + 1)..].Trim() });
            }
        }
        return result;
    }

    /// <summary>A title or column header line ("部门主要职能", "名词", "解释"), not content.</summary>
    private static bool IsHeading(string text) =>
        text.Length <= 12 && (text.Contains("职能", StringComparison.Ordinal) || text.Contains("名词", StringComparison.Ordinal) || text.Contains("解释", StringComparison.Ordinal))
        || text.Contains("年度", StringComparison.Ordinal) && text.Length <= 30 && text.EndsWith("职能", StringComparison.Ordinal);

    /// <summary>"一是"、"1."、"（一）" and similar numbering at the start of an item.</summary>
    [GeneratedRegex(@"^\s*(([一二三四五六七八九十]+是)|[（(]?[一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])\s*")]
    private static partial Regex Numbering();
}
