using ReportGen.Core.Model;
using ReportGen.Import.Tables;

namespace ReportGen.Import.Assembly;

internal sealed partial class ReportAssembler
{
    /// <summary>
    /// The 支出功能分类 tree: codes, names and all-source totals from 表三; each 项 split by source:
    /// 一般公共预算 from 表五 (with its last-year figure), 政府性基金 from 表十一, 国有资本经营 from
    /// 表十二, and what remains of 表三 from the other source 表二 names for that 项.
    /// </summary>
    private List<FunctionalItem> Functional(out HashSet<(string, FundSource)> lastYearUnknown)
    {
        lastYearUnknown = [];
        var all = tables.Tree(TableKind.Expenditure);
        var general = tables.Tree(TableKind.General);
        var fund = tables.Tree(TableKind.GovernmentFund);
        var capital = tables.Tree(TableKind.StateCapital);
        var income = tables.Tree(TableKind.Income);
        all?.CheckSums(ctx, FunctionalLengths);
        general?.CheckSums(ctx, FunctionalLengths);
        fund?.CheckSums(ctx, FunctionalLengths);
        capital?.CheckSums(ctx, FunctionalLengths);
        income?.CheckSums(ctx, FunctionalLengths);
        foreach (var t in new[] { all, general, fund, capital })
        {
            CheckRowTotals(t);
        }
        CheckIncomeRows(income);
        var source = all ?? general;
        if (source is null)
        {
            return [];
        }
        if (fund is null && IncomeColumnUsed(income, FundSource.GovernmentFund))
        {
            tables.Require(TableKind.GovernmentFund, "表二中有政府性基金预算财政拨款");
        }
        if (capital is null && IncomeColumnUsed(income, FundSource.StateCapital))
        {
            tables.Require(TableKind.StateCapital, "表二中有国有资本经营预算财政拨款");
        }

        var classes = new List<FunctionalItem>();
        var classRows = source.Rows.Where(r => r.Code.Length == 3).ToList();
        var unknown = lastYearUnknown;
        for (var i = 0; i < classRows.Count; i++)
        {
            var cls = classRows[i];
            var classPath = $"$.expenditure.functional[{i}]";
            var kuanRows = source.Children(cls, 5).ToList();
            var kuans = new List<FunctionalItem>();
            for (var j = 0; j < kuanRows.Count; j++)
            {
                var kuan = kuanRows[j];
                var kuanPath = $"{classPath}.children[{j}]";
                var leaves = new List<FunctionalItem>();
                foreach (var xiang in source.Children(kuan, 7))
                {
                    foreach (var leaf in SplitBySource(xiang, all, general, fund, capital, income, unknown))
                    {
                        MapLeaf($"{kuanPath}.children[{leaves.Count}]", leaf, xiang, all, general, fund, capital);
                        leaves.Add(leaf.Item);
                    }
                }
                kuans.Add(Node(kuan, kuanPath, leaves, source, general));
            }
            classes.Add(Node(cls, classPath, kuans, source, general));
        }
        CheckOrphans(source, FunctionalLengths);
        return classes;
    }

    private sealed record SourcedLeaf(FunctionalItem Item, TreeTable? From);

    private IEnumerable<SourcedLeaf> SplitBySource(TreeRow xiang, TreeTable? all, TreeTable? general, TreeTable? fund, TreeTable? capital,
        TreeTable? income, HashSet<(string, FundSource)> lastYearUnknown)
    {
        var parts = new List<SourcedLeaf>();
        var allOwn = all?.Rows.FirstOrDefault(r => r.Code == xiang.Code);
        var basicLeft = allOwn?["basic"] ?? 0m;
        var projectLeft = allOwn?["project"] ?? 0m;
        foreach (var (fundSource, table) in new[] { (FundSource.GeneralBudget, general), (FundSource.GovernmentFund, fund), (FundSource.StateCapital, capital) })
        {
            if (table?.Rows.FirstOrDefault(r => r.Code == xiang.Code) is not { } row || row["basic"] == 0m && row["project"] == 0m && row["lastYear"] == 0m)
            {
                continue;
            }
            basicLeft -= row["basic"];
            projectLeft -= row["project"];
            decimal? last = null;
            if (fundSource == FundSource.GeneralBudget)
            {
                last = row.Amounts.ContainsKey("lastYear") && !row.Amounts["lastYear"].Cell.IsEmpty ? row["lastYear"] : null;
            }
            else
            {
                lastYearUnknown.Add((xiang.Code, fundSource));
            }
            parts.Add(new SourcedLeaf(Leaf(xiang, fundSource, row["basic"], row["project"], last), table));
        }
        if (all is null || basicLeft == 0m && projectLeft == 0m)
        {
            return parts;
        }
        // What 表三 holds beyond the fiscal tables belongs to the other sources 表二 names for this 项.
        var others = income?.Rows.FirstOrDefault(r => r.Code == xiang.Code) is { } inRow
            ? inRow.Amounts.Where(p => p.Key != "total" && Enum.TryParse<FundSource>(p.Key, out var f) && !Fiscal.Contains(f) && p.Value.Value != 0m)
                .Select(p => (Fund: Enum.Parse<FundSource>(p.Key), p.Value.Value)).ToList()
            : [];
        var allRow = all.Rows.First(r => r.Code == xiang.Code);
        if (others.Count == 1)
        {
            lastYearUnknown.Add((xiang.Code, others[0].Fund));
            parts.Add(new SourcedLeaf(Leaf(xiang, others[0].Fund, basicLeft, projectLeft, null), all));
        }
        else if (others.Count > 1 && (basicLeft == 0m || projectLeft == 0m) && others.Sum(o => o.Value) == basicLeft + projectLeft)
        {
            foreach (var (f, value) in others)
            {
                lastYearUnknown.Add((xiang.Code, f));
                parts.Add(new SourcedLeaf(Leaf(xiang, f, basicLeft == 0m ? 0m : value, projectLeft == 0m ? 0m : value, null), all));
            }
        }
        else
        {
            var fiscalBasic = allRow["basic"] - basicLeft;
            var fiscalProject = allRow["project"] - projectLeft;
            var (role, stated, fiscalSum) = basicLeft != 0m ? ("basic", allRow["basic"], fiscalBasic) : ("project", allRow["project"], fiscalProject);
            var what = role == "basic" ? "基本支出" : "项目支出";
            ctx.Error(ImportRules.CrossTable, all.Sheet, allRow.Amounts[role].Cell,
                $"“{xiang.Code} {xiang.Name}”的{what}在{TableKind.Expenditure.Number()}中为 {ctx.Money(stated)}，"
                + $"{TableKind.General.Number()}、{TableKind.GovernmentFund.Number()}、{TableKind.StateCapital.Number()}中合计为 {ctx.Money(fiscalSum)}，相差 {ctx.Money(Math.Abs(stated - fiscalSum))}；"
                + (others.Count == 0 ? $"{TableKind.Income.Number()}中没有其他资金来源能说明这一差额" : $"{TableKind.Income.Number()}中有多个其他资金来源，无法区分"));
        }
        return parts;
    }

    private static FunctionalItem Leaf(TreeRow row, FundSource fund, decimal basic, decimal project, decimal? lastYear) => new()
    {
        Code = row.Code,
        Name = row.Name,
        Fund = fund,
        Basic = basic,
        Project = project,
        Total = basic + project,
        LastYear = lastYear,
    };

    private void MapLeaf(string path, SourcedLeaf leaf, TreeRow xiang, TreeTable? all, TreeTable? general, TreeTable? fund, TreeTable? capital)
    {
        var allRow = all?.Rows.FirstOrDefault(r => r.Code == xiang.Code);
        var table = leaf.Item.Fund switch
        {
            FundSource.GeneralBudget => general,
            FundSource.GovernmentFund => fund,
            FundSource.StateCapital => capital,
            _ => all,
        } ?? all;
        var row = table?.Rows.FirstOrDefault(r => r.Code == xiang.Code);
        if (table is null || row is null)
        {
            return;
        }
        map.Add(path, table.Sheet, row.CodeCell);
        map.Add(path + ".code", table.Sheet, row.CodeCell);
        foreach (var (member, role) in new[] { ("basic", "basic"), ("project", "project"), ("total", "total"), ("lastYear", "lastYear") })
        {
            if (row.Amounts.TryGetValue(role, out var figure))
            {
                map.Add($"{path}.{member}", table.Sheet, figure.Cell);
            }
        }
        if (allRow is not null && all is not null)
        {
            map.Add(path + ".reason", all.Sheet, allRow.CodeCell);
        }
    }

    /// <summary>A 类 or 款 with the totals 表三 states for it, and last year's from 表五 when all below it is 一般公共预算.</summary>
    private FunctionalItem Node(TreeRow row, string path, List<FunctionalItem> children, TreeTable source, TreeTable? general)
    {
        map.Add(path, source.Sheet, row.CodeCell);
        map.Add(path + ".code", source.Sheet, row.CodeCell);
        foreach (var (member, role) in new[] { ("basic", "basic"), ("project", "project"), ("total", "total") })
        {
            if (row.Amounts.TryGetValue(role, out var figure))
            {
                map.Add($"{path}.{member}", source.Sheet, figure.Cell);
            }
        }
        decimal? lastYear = null;
        var allGeneral = children.Leaves().All(l => l.FundOrDefault == FundSource.GeneralBudget);
        if (allGeneral && general?.Rows.FirstOrDefault(r => r.Code == row.Code) is { } g && g.Amounts.TryGetValue("lastYear", out var ly) && !ly.Cell.IsEmpty)
        {
            lastYear = ly.Value;
            map.Add(path + ".lastYear", general.Sheet, ly.Cell);
        }
        return new FunctionalItem
        {
            Code = row.Code,
            Name = row.Name,
            Basic = row.Amounts.ContainsKey("basic") ? row["basic"] : null,
            Project = row.Amounts.ContainsKey("project") ? row["project"] : null,
            Total = row.Amounts.ContainsKey("total") ? row["total"] : null,
            LastYear = lastYear,
            Children = children,
        };
    }

    /// <summary>总计 = 基本支出 + 项目支出 on every row (合计 included) of a table that has the three columns.</summary>
    private void CheckRowTotals(TreeTable? table)
    {
        if (table is null || !table.Columns.ContainsKey("total") || !table.Columns.ContainsKey("basic") || !table.Columns.ContainsKey("project"))
        {
            return;
        }
        foreach (var row in table.Total is null ? table.Rows : table.Rows.Prepend(table.Total))
        {
            var label = row.Code.Length == 0 ? "“合计”行" : $"“{row.Code} {row.Name}”";
            ctx.CheckSum(table.Sheet, row.Amounts["total"].Cell, $"{label}的{table.Header.Leaf(table.Columns["total"])}", row["basic"] + row["project"], row["total"], "基本支出+项目支出");
        }
    }

    /// <summary>表二: 总计 = the sum of the sources on every row.</summary>
    private void CheckIncomeRows(TreeTable? table)
    {
        if (table is null || !table.Columns.ContainsKey("total"))
        {
            return;
        }
        foreach (var row in table.Total is null ? table.Rows : table.Rows.Prepend(table.Total))
        {
            var sum = row.Amounts.Where(p => p.Key != "total").Sum(p => p.Value.Value);
            var label = row.Code.Length == 0 ? "“合计”行" : $"“{row.Code} {row.Name}”";
            ctx.CheckSum(table.Sheet, row.Amounts["total"].Cell, $"{label}的{table.Header.Leaf(table.Columns["total"])}", sum, row["total"], "各资金来源之和");
        }
    }

    private static bool IncomeColumnUsed(TreeTable? income, FundSource fund) =>
        income is not null && income.Columns.ContainsKey(fund.ToString()) && income.Rows.Concat(income.Total is null ? [] : [income.Total]).Any(r => r[fund.ToString()] != 0m);

    /// <summary>A code whose parent row is missing (a 项 without its 款) cannot be placed in the tree.</summary>
    private void CheckOrphans(TreeTable table, int[] lengths)
    {
        foreach (var row in table.Rows)
        {
            var level = Array.IndexOf(lengths, row.Code.Length);
            if (level < 0)
            {
                ctx.Error(ImportRules.Layout, table.Sheet, row.CodeCell,
                    $"科目编码“{row.Code}”应为 {string.Join("、", lengths)} 位数字之一（实际 {row.Code.Length} 位）");
                continue;
            }
            if (level > 0 && !table.Rows.Any(p => p.Code.Length == lengths[level - 1] && row.Code.StartsWith(p.Code, StringComparison.Ordinal)))
            {
                ctx.Error(ImportRules.Layout, table.Sheet, row.CodeCell,
                    $"科目“{row.Code} {row.Name}”的上级科目“{row.Code[..lengths[level - 1]]}”不在{table.Segment.Kind.Number()}中");
            }
        }
    }
}
