using System.Text.RegularExpressions;
using ReportGen.Import.Sheets;

namespace ReportGen.Import.Tables;

/// <summary>A caption value found above a table, with its cell.</summary>
internal sealed record Caption(string Value, Sheet Sheet, Cell Cell);

/// <summary>
/// The lines between a table's title and its header: 部门全称：/编制部门：/编制单位：, and 单位：元 or
/// 单位：万元 wherever it stands in the row (its own cell, or the same cell as the department).
/// </summary>
internal static partial class Captions
{
    /// <summary>The department (or, in 表十四–十七, the unit) the table names, if any.</summary>
    public static Caption? Department(Segment segment, int before)
    {
        var sheet = segment.Sheet;
        for (var r = segment.Start; r < before; r++)
        {
            foreach (var cell in sheet.CellsOf(r))
            {
                var m = DepartmentPattern().Match(cell.Text);
                if (!m.Success)
                {
                    continue;
                }
                var value = m.Groups[2].Value.Trim();
                if (value.Length == 0)
                {
                    // "编制单位：" alone: the value is the next cell of the row, or the next row.
                    // Only a "code-name" value is taken from beside or below: anything else there is a label.
                    var beside = sheet.CellsOf(r).FirstOrDefault(c => c.Column > cell.Column && CodeName().IsMatch(c.Text))?.Text;
                    var below = r + 1 < before ? sheet.CellsOf(r + 1).FirstOrDefault(c => CodeName().IsMatch(c.Text))?.Text : null;
                    value = beside ?? below ?? "";
                }
                return new Caption(value.Trim(), sheet, cell);
            }
        }
        return null;
    }

    /// <summary>单位：元 / 单位：万元 above the header, if stated.</summary>
    public static Caption? Unit(Segment segment, int before)
    {
        var sheet = segment.Sheet;
        for (var r = segment.Start; r < before; r++)
        {
            foreach (var cell in sheet.CellsOf(r))
            {
                var m = UnitPattern().Match(cell.Text);
                if (m.Success)
                {
                    return new Caption(m.Groups[1].Value, sheet, cell);
                }
            }
        }
        return null;
    }

    /// <summary>Year and district from a title: "2024年渝北区部门收支预算总表" → (2024, 渝北区).</summary>
    public static (int Year, string District)? YearAndDistrict(string title)
    {
        var m = TitlePattern().Match(TableKinds.Compact(title));
        if (!m.Success)
        {
            return null;
        }
        var district = m.Groups[2].Value;
        // "上海市黄浦区某某局部门…": keep the place name up to its last 区/县/市/州/旗.
        var end = district.LastIndexOfAny(['区', '县', '市', '州', '旗']);
        district = end >= 0 ? district[..(end + 1)] : "";
        return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), district);
    }

    [GeneratedRegex(@"(部门全称|编制部门|编制单位|部门名称|单位名称)\s*[：:]\s*(.*?)(?=\s*单位\s*[：:]\s*(万元|元)|$)")]
    private static partial Regex DepartmentPattern();

    [GeneratedRegex(@"^\d{3,}\s*[-－—]")]
    private static partial Regex CodeName();

    [GeneratedRegex(@"(?<!编制|部门|单位)单位\s*[：:]\s*(万元|元)")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"^(\d{4})年度?(.*?)(部门|单位)")]
    private static partial Regex TitlePattern();
}
