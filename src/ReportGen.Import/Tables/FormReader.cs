using System.Globalization;
using ReportGen.Core.Model;
using ReportGen.Import.Sheets;

namespace ReportGen.Import.Tables;

/// <summary>A label of a form with the cell holding its value (the value may be empty).</summary>
internal sealed record FormValue(string Text, Sheet Sheet, Cell Cell);

/// <summary>Reads label–value forms (表十五, 表十六, 表十七): a label cell, its value in the next cell to the right.</summary>
internal static class FormReader
{
    private static readonly string[] Labels =
    [
        "部门（单位）名称", "部门支出预算数", "当年整体绩效目标", "绩效指标", "专项资金名称", "项目名称", "业务主管部门", "主管部门",
        "当年预算", "区级支出", "补助镇街", "项目概况", "立项依据", "当年绩效目标", "年度绩效目标", "指标名称",
    ];

    /// <summary>The first cell in rows [from, to) whose text starts with <paramref name="label"/>.</summary>
    public static Cell? FindLabel(Sheet sheet, int from, int to, string label)
    {
        for (var r = from; r < to; r++)
        {
            foreach (var cell in sheet.CellsOf(r))
            {
                if (TableKinds.Compact(cell.Text).StartsWith(label, StringComparison.Ordinal))
                {
                    return cell;
                }
            }
        }
        return null;
    }

    /// <summary>The value beside a label: the next non-empty cell to its right that is not itself a label; empty when none.</summary>
    public static FormValue? Value(Sheet sheet, int from, int to, string label)
    {
        if (FindLabel(sheet, from, to, label) is not { } at)
        {
            return null;
        }
        var end = sheet.RangeAt(at.Row, at.Column)?.ToColumn ?? at.Column;
        var next = sheet.CellsOf(at.Row).FirstOrDefault(c => c.Column > end);
        if (next is null || IsLabel(next.Text))
        {
            return new FormValue("", sheet, sheet[at.Row, end + 1]);
        }
        return new FormValue(next.Text, sheet, next);
    }

    public static bool IsLabel(string text)
    {
        var t = TableKinds.Compact(text);
        return Labels.Any(l => t.StartsWith(l, StringComparison.Ordinal));
    }

    /// <summary>
    /// The 绩效指标 rows under the row holding "指标名称": one indicator per row with a name, until a
    /// blank row, a note or the end of the form.
    /// </summary>
    public static List<Indicator> Indicators(ImportContext ctx, Sheet sheet, int from, int to)
    {
        var result = new List<Indicator>();
        if (FindLabel(sheet, from, to, "指标名称") is not { } head)
        {
            return result;
        }
        int Col(string label) => sheet.CellsOf(head.Row).FirstOrDefault(c => TableKinds.Compact(c.Text).StartsWith(label, StringComparison.Ordinal))?.Column ?? -1;
        int name = head.Column, weight = Col("指标权重"), unit = Col("计量单位"), nature = Col("指标性质"), value = Col("指标值"), core = Col("是否核心");
        for (var r = head.Row + 1; r < to; r++)
        {
            var text = TableKinds.Compact(sheet.RowText(r));
            if (IsCaption(text))
            {
                break;
            }
            if (text.Length == 0 || TreeTable.IsNote(text) || TreeTable.IsFooter(text))
            {
                if (text.Length == 0)
                {
                    continue;
                }
                break;
            }
            if (sheet.CellsOf(r).Count() == 1)
            {
                // A lone cell ("表十七" above the next form's title) is no indicator: an indicator row has its figures beside the name.
                break;
            }
            var nameCell = sheet[r, name];
            if (name > 0 && sheet[r, name - 1] is { IsEmpty: false } before && !IsLabel(before.Text) && sheet.RangeAt(r, name - 1) is null)
            {
                // The row starts one column early (a 绩效指标 label that did not span it): read it shifted.
                nameCell = before;
            }
            else if (nameCell.IsEmpty)
            {
                // A row shifted one column to the left (the merged 绩效指标 cell ended early).
                nameCell = sheet[r, name - 1];
                if (nameCell.IsEmpty || IsLabel(nameCell.Text))
                {
                    continue;
                }
            }
            if (IsLabel(nameCell.Text))
            {
                break;
            }
            var shift = nameCell.Column - name;
            string At(int column) => column < 0 ? "" : TextOf(sheet[r, column + shift]);
            var weightCell = weight < 0 ? null : sheet[r, weight + shift];
            result.Add(new Indicator
            {
                Name = nameCell.Text,
                Weight = weightCell is null ? 0m : ctx.Number(sheet, weightCell, $"指标“{nameCell.Text}”的权重") ?? 0m,
                Unit = At(unit),
                Nature = At(nature),
                Value = At(value),
                Core = At(core) is "是" or "√" or "Y" or "y" or "核心",
            });
        }
        return result;
    }

    /// <summary>The caption lines of the next form (编制单位：…, 单位：元) end the indicators of this one.</summary>
    private static bool IsCaption(string compact) =>
        compact.Contains("编制单位", StringComparison.Ordinal) || compact.Contains("部门全称", StringComparison.Ordinal)
        || compact.Contains("编制部门", StringComparison.Ordinal) || compact.StartsWith("单位：", StringComparison.Ordinal) || compact.StartsWith("单位:", StringComparison.Ordinal);

    /// <summary>A cell's text; whole numbers without decimals ("90", not "90.0").</summary>
    public static string TextOf(Cell cell) => cell.Value is double d
        ? d.ToString(d == Math.Floor(d) ? "0" : "0.############", CultureInfo.InvariantCulture)
        : cell.Text;
}
