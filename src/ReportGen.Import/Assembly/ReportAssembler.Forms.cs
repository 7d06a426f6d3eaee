using System.Text.RegularExpressions;
using ReportGen.Core.Model;
using ReportGen.Import.Tables;

namespace ReportGen.Import.Assembly;

internal sealed partial class ReportAssembler
{
    /// <summary>表十: this year's and last year's “三公”经费 by the year in the group header above each column.</summary>
    private (ThreePublicAmounts ThisYear, ThreePublicAmounts LastYear) ThreePublic()
    {
        var empty = new ThreePublicAmounts();
        if (tables.First(TableKind.ThreePublic) is not { } segment)
        {
            return (empty, empty);
        }
        var sheet = segment.Sheet;
        var header = Header.Find(segment, l => l.Contains("因公出国", StringComparison.Ordinal) || l.Contains("公务接待", StringComparison.Ordinal));
        if (header is null)
        {
            ctx.Error(ImportRules.Layout, sheet, sheet[Math.Max(0, segment.TitleRow), 0], $"{TableKind.ThreePublic.Describe()}中找不到表头（“因公出国（境）费”“公务接待费”列）");
            return (empty, empty);
        }
        var body = Enumerable.Range(header.BodyStart, Math.Max(0, segment.End - header.BodyStart))
            .FirstOrDefault(r => Header.IsBodyRow(sheet, r) && !TreeTable.IsNote(TableKinds.Compact(sheet.RowText(r))), -1);
        // Each item appears once per year: a column whose group header names last year is last year's;
        // when the group headers do not tell (unmerged or misaligned), the first occurrence is this year's.
        var byRole = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var c = 0; c < header.Labels.Count; c++)
        {
            if (ThreePublicRole(header.Leaf(c)) is { } role)
            {
                (byRole.TryGetValue(role, out var list) ? list : byRole[role] = []).Add(c);
            }
        }
        bool IsLast(int c) => header.Labels[c].Contains($"{ctx.Year - 1}年", StringComparison.Ordinal) || header.Labels[c].Contains("上年", StringComparison.Ordinal);
        int? ColumnOf(string role, bool last)
        {
            if (!byRole.TryGetValue(role, out var columns))
            {
                return null;
            }
            if (columns.Count == 2 && IsLast(columns[0]) == IsLast(columns[1]))
            {
                return last ? columns[1] : columns[0];
            }
            return columns.Where(c => IsLast(c) == last).Cast<int?>().FirstOrDefault();
        }
        ThreePublicAmounts Year(bool last, string path)
        {
            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var role in byRole.Keys)
            {
                if (body < 0 || ColumnOf(role, last) is not int c)
                {
                    continue;
                }
                var cell = sheet[body, c];
                values[role] = ctx.Amount(sheet, cell, $"{(last ? ctx.Year - 1 : ctx.Year)}年{header.Leaf(c)}");
                map.Add($"{path}.{role}", sheet, cell);
            }
            return new ThreePublicAmounts
            {
                Abroad = values.GetValueOrDefault("abroad"),
                Reception = values.GetValueOrDefault("reception"),
                VehiclePurchase = values.GetValueOrDefault("vehiclePurchase"),
                VehicleOperation = values.GetValueOrDefault("vehicleOperation"),
                VehicleTotal = values.TryGetValue("vehicleTotal", out var vt) ? vt : null,
                Total = values.TryGetValue("total", out var t) ? t : null,
            };
        }
        return (Year(false, "$.threePublic.thisYear"), Year(true, "$.threePublic.lastYear"));
    }

    private static string? ThreePublicRole(string leaf) =>
        leaf.Contains("出国", StringComparison.Ordinal) ? "abroad"
        : leaf.Contains("接待", StringComparison.Ordinal) ? "reception"
        : leaf.Contains("购置", StringComparison.Ordinal) && !leaf.Contains("运行", StringComparison.Ordinal) ? "vehiclePurchase"
        : leaf.Contains("运行", StringComparison.Ordinal) && !leaf.Contains("购置", StringComparison.Ordinal) ? "vehicleOperation"
        : leaf is "小计" || leaf.Contains("购置及运行", StringComparison.Ordinal) ? "vehicleTotal"
        : leaf is "合计" or "总计" ? "total"
        : null;

    /// <summary>表十五: the overall goals (split at "1、", "2、" …) and indicators; 部门支出预算数 checked against the total.</summary>
    private PerformanceGoals OverallPerformance(List<FunctionalItem> functional)
    {
        if (tables.First(TableKind.OverallPerformance) is not { } segment)
        {
            return new PerformanceGoals { OverallGoals = [] };
        }
        var sheet = segment.Sheet;
        if (FormReader.Value(sheet, segment.Start, segment.End, "部门支出预算数") is { } stated && stated.Text.Length > 0)
        {
            var value = ctx.Amount(sheet, stated.Cell, "部门支出预算数");
            ctx.CheckSum(sheet, stated.Cell, "部门支出预算数", functional.Sum(c => c.SumTotal()), value, $"{TableKind.Expenditure.Number()}的总计", ImportRules.CrossTable);
        }
        var goals = FormReader.Value(sheet, segment.Start, segment.End, "当年整体绩效目标") ?? FormReader.Value(sheet, segment.Start, segment.End, "年度绩效目标");
        if (goals is not null)
        {
            map.Add("$.performance.overallGoals", sheet, goals.Cell);
        }
        return new PerformanceGoals
        {
            OverallGoals = SplitGoals(goals?.Text ?? ""),
            Indicators = FormReader.Indicators(ctx, sheet, segment.Start, segment.End),
        };
    }

    /// <summary>"1、完成…； 2、在一季度…" → ["完成…；", "在一季度…"]; text without numbering is one goal.</summary>
    internal static List<string> SplitGoals(string text)
    {
        var parts = GoalNumber().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts;
    }

    [GeneratedRegex(@"(?:^|\s+)\d{1,2}[、．.](?!\d)")]
    private static partial Regex GoalNumber();
}
