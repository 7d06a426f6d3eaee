using ReportGen.Core.Model;
using ReportGen.Import.Sheets;
using ReportGen.Import.Tables;

namespace ReportGen.Import.Assembly;

internal sealed partial class ReportAssembler
{
    /// <summary>A line of 表一 or 表四: its label and its amounts by column role.</summary>
    private sealed record SideLine(string Label, Cell LabelCell, IReadOnlyDictionary<string, Figure> Amounts);

    /// <summary>The two sides (收入, 支出) of 表一 or 表四.</summary>
    private sealed record TwoSided(Segment Segment, List<SideLine> Income, List<SideLine> Spending);

    private TwoSided? ReadTwoSided(TableKind kind)
    {
        if (tables.First(kind) is not { } segment)
        {
            return null;
        }
        var header = Header.Find(segment, l => l == "项目" || l.EndsWith("项目", StringComparison.Ordinal));
        var sheet = segment.Sheet;
        if (header is null)
        {
            ctx.Error(ImportRules.Layout, sheet, sheet[Math.Max(0, segment.TitleRow), 0], $"{kind.Describe()}中找不到表头（“项目”“预算数”列）");
            return null;
        }
        var labelColumns = Enumerable.Range(0, header.Labels.Count).Where(c => header.Leaf(c) == "项目" || header.Leaf(c).EndsWith("项目", StringComparison.Ordinal)).ToList();
        if (labelColumns.Count < 2)
        {
            ctx.Error(ImportRules.Layout, sheet, sheet[header.FirstRow, 0], $"{kind.Describe()}应有收入和支出两组“项目”列");
            return null;
        }
        var result = new TwoSided(segment, [], []);
        for (var r = header.BodyStart; r < segment.End; r++)
        {
            var text = TableKinds.Compact(sheet.RowText(r));
            if (text.Length == 0 || TreeTable.IsNote(text) || TreeTable.IsFooter(text))
            {
                continue;
            }
            for (var side = 0; side < 2; side++)
            {
                var labelColumn = labelColumns[side];
                var end = side == 0 ? labelColumns[1] : header.Labels.Count;
                var label = sheet[r, labelColumn];
                var amounts = new Dictionary<string, Figure>(StringComparer.Ordinal);
                for (var c = labelColumn + 1; c < end; c++)
                {
                    var leaf = header.Leaf(c);
                    var role = leaf is "预算数" or "金额" or "预算金额" ? "amount" : WorkbookTables.FundRole(leaf) ?? (leaf.Length > 0 ? leaf : null);
                    if (role is not null && !amounts.ContainsKey(role))
                    {
                        amounts[role] = new Figure(ctx.Amount(sheet, sheet[r, c], $"“{label.Text}”的{leaf}"), sheet[r, c]);
                    }
                }
                if (!label.IsEmpty)
                {
                    (side == 0 ? result.Income : result.Spending).Add(new SideLine(TableKinds.Compact(label.Text), label, amounts));
                }
            }
        }
        return result;
    }

    private static string Bare(string label) => System.Text.RegularExpressions.Regex.Replace(label, @"^[一二三四五六七八九十]+、", "");

    /// <summary>收入预算 by source: 表一's lines (else 表二's 合计 row, else the 功能分类 leaves); 一般公共预算 last year from 表五's 合计.</summary>
    private Income Income(List<FunctionalItem> functional, out HashSet<FundSource> lastYearUnknown)
    {
        lastYearUnknown = [];
        var amounts = new Dictionary<FundSource, decimal>();
        var summary = ReadTwoSided(TableKind.Summary);
        _summary = summary;
        var income = tables.Tree(TableKind.Income);
        if (summary is not null)
        {
            foreach (var line in summary.Income)
            {
                if (WorkbookTables.FundOf(Bare(line.Label)) is FundSource f && line.Amounts.TryGetValue("amount", out var a) && !amounts.ContainsKey(f))
                {
                    amounts[f] = a.Value;
                    map.Add($"$.income.{Core.Loading.BudgetJson.EnumName(f)}.amount", summary.Segment.Sheet, a.Cell);
                    map.Add($"$.income.{Core.Loading.BudgetJson.EnumName(f)}", summary.Segment.Sheet, a.Cell);
                }
                if (Header.IsTotalLabel(line.Label) && line.Amounts.TryGetValue("amount", out var t))
                {
                    map.Add("$.income", summary.Segment.Sheet, t.Cell);
                }
            }
        }
        else if (income?.Total is { } total)
        {
            foreach (var (role, figure) in total.Amounts)
            {
                if (Enum.TryParse<FundSource>(role, out var f))
                {
                    amounts[f] = figure.Value;
                    map.Add($"$.income.{Core.Loading.BudgetJson.EnumName(f)}.amount", income.Sheet, figure.Cell);
                }
            }
            if (total.Amounts.TryGetValue("total", out var t))
            {
                map.Add("$.income", income.Sheet, t.Cell);
            }
        }
        else
        {
            foreach (var leaf in functional.Leaves())
            {
                amounts[leaf.FundOrDefault] = amounts.GetValueOrDefault(leaf.FundOrDefault) + leaf.SumTotal();
            }
        }
        // 表二's 合计 row by source must agree with 表一.
        if (summary is not null && income?.Total is { } incomeTotal)
        {
            foreach (var (role, figure) in incomeTotal.Amounts)
            {
                if (Enum.TryParse<FundSource>(role, out var f))
                {
                    ctx.CheckSum(income.Sheet, figure.Cell, $"“合计”行的{f.ChineseName()}", amounts.GetValueOrDefault(f), figure.Value,
                        $"{TableKind.Summary.Number()}的{f.ChineseName()}", ImportRules.CrossTable);
                }
            }
        }

        decimal? generalLastYear = null;
        if (tables.Tree(TableKind.General) is { } general && general.Columns.ContainsKey("lastYear"))
        {
            if (general.Total is { } gt && !gt.Amounts["lastYear"].Cell.IsEmpty)
            {
                generalLastYear = gt["lastYear"];
                map.Add("$.income.generalBudget.lastYear", general.Sheet, gt.Amounts["lastYear"].Cell);
            }
            else if (general.Rows.Any(r => r.Code.Length == 3 && !r.Amounts["lastYear"].Cell.IsEmpty))
            {
                generalLastYear = general.Rows.Where(r => r.Code.Length == 3).Sum(r => r["lastYear"]);
            }
        }
        IncomeAmount? Of(FundSource f)
        {
            var amount = amounts.GetValueOrDefault(f);
            if (f == FundSource.GeneralBudget)
            {
                return amount == 0m && generalLastYear is null ? null : new IncomeAmount { Amount = amount, LastYear = generalLastYear };
            }
            return amount == 0m ? null : new IncomeAmount { Amount = amount };
        }
        foreach (var f in Enum.GetValues<FundSource>().Where(f => f != FundSource.GeneralBudget && amounts.GetValueOrDefault(f) != 0m))
        {
            lastYearUnknown.Add(f);
        }
        return new Income
        {
            GeneralBudget = Of(FundSource.GeneralBudget),
            GovernmentFund = Of(FundSource.GovernmentFund),
            StateCapital = Of(FundSource.StateCapital),
            SpecialAccount = Of(FundSource.SpecialAccount),
            Business = Of(FundSource.Business),
            SuperiorSubsidy = Of(FundSource.SuperiorSubsidy),
            SubordinateRemittance = Of(FundSource.SubordinateRemittance),
            Operating = Of(FundSource.Operating),
            Other = Of(FundSource.Other),
            CarryOver = Of(FundSource.CarryOver),
            BusinessFund = Of(FundSource.BusinessFund),
        };
    }

    private TwoSided? _summary;

    /// <summary>表一: its totals against its lines, and its 支出 lines against 表三's 类.</summary>
    private void CheckSummary(Income income, List<FunctionalItem> functional)
    {
        if (_summary is not { } s)
        {
            return;
        }
        var sheet = s.Segment.Sheet;
        var lines = s.Income.Where(l => l.Amounts.ContainsKey("amount")).ToList();
        var fundLines = lines.Where(l => WorkbookTables.FundOf(Bare(l.Label)) is not null).ToList();
        foreach (var line in lines)
        {
            var bare = Bare(line.Label);
            if (Header.IsTotalLabel(bare))
            {
                ctx.CheckSum(sheet, line.Amounts["amount"].Cell, "收入“合计”", fundLines.Sum(l => l.Amounts["amount"].Value), line.Amounts["amount"].Value, "各项收入之和");
            }
            else if (bare.StartsWith("本年收入", StringComparison.Ordinal))
            {
                var thisYear = fundLines.Where(l => WorkbookTables.FundOf(Bare(l.Label)) is not (FundSource.CarryOver or FundSource.BusinessFund)).Sum(l => l.Amounts["amount"].Value);
                ctx.CheckSum(sheet, line.Amounts["amount"].Cell, "“本年收入合计”", thisYear, line.Amounts["amount"].Value, "本年各项收入之和");
            }
        }
        // By name, as the summary table lists them; two classes of one name (a damaged 表三) are summed, never a crash.
        var classes = functional.GroupBy(c => TableKinds.Compact(c.Name)).ToDictionary(g => g.Key, g => g.Sum(c => c.SumTotal()));
        var spending = s.Spending.Where(l => l.Amounts.ContainsKey("amount")).ToList();
        var classLines = spending.Where(l => classes.ContainsKey(l.Label)).ToList();
        foreach (var line in spending)
        {
            var bare = Bare(line.Label);
            var figure = line.Amounts["amount"];
            if (classes.TryGetValue(line.Label, out var expected))
            {
                ctx.CheckSum(sheet, figure.Cell, $"支出“{line.Label}”", expected, figure.Value, $"{TableKind.Expenditure.Number()}该类的总计", ImportRules.CrossTable);
            }
            else if (Header.IsTotalLabel(bare) || bare.StartsWith("本年支出", StringComparison.Ordinal))
            {
                var carry = Header.IsTotalLabel(bare) ? spending.Where(l => Bare(l.Label).StartsWith("结转下年", StringComparison.Ordinal)).Sum(l => l.Amounts["amount"].Value) : 0m;
                ctx.CheckSum(sheet, figure.Cell, $"支出“{bare}”", classLines.Sum(l => l.Amounts["amount"].Value) + carry, figure.Value, "各类支出之和");
            }
        }
    }

    /// <summary>表四: the 财政拨款 income lines against the income, and each 支出 line's sources against 表三/表五.</summary>
    private void CheckFiscalSummary(Income income, List<FunctionalItem> functional)
    {
        if (ReadTwoSided(TableKind.FiscalSummary) is not { } s)
        {
            return;
        }
        var sheet = s.Segment.Sheet;
        var seen = new HashSet<FundSource>();
        foreach (var line in s.Income)
        {
            if (Bare(line.Label).StartsWith("上年结转", StringComparison.Ordinal))
            {
                break;
            }
            if (WorkbookTables.FundOf(Bare(line.Label)) is FundSource f && Fiscal.Contains(f) && seen.Add(f) && line.Amounts.TryGetValue("amount", out var a))
            {
                ctx.CheckSum(sheet, a.Cell, $"收入“{line.Label}”", income.AmountOf(f), a.Value, $"{TableKind.Summary.Number()}的{f.ChineseName()}", ImportRules.CrossTable);
            }
        }
        var byClass = functional.ToLookup(c => TableKinds.Compact(c.Name));
        foreach (var line in s.Spending)
        {
            if (!byClass.Contains(line.Label))
            {
                continue;
            }
            var cls = byClass[line.Label];
            foreach (var f in Fiscal)
            {
                if (line.Amounts.TryGetValue(f.ToString(), out var figure))
                {
                    var expected = cls.Sum(c => c.Children.ForFund(f).Sum(i => i.SumTotal()));
                    ctx.CheckSum(sheet, figure.Cell, $"支出“{line.Label}”的{f.ChineseName()}", expected, figure.Value,
                        f == FundSource.GeneralBudget ? $"{TableKind.General.Number()}该类的小计" : $"{(f == FundSource.GovernmentFund ? TableKind.GovernmentFund : TableKind.StateCapital).Number()}该类的总计",
                        ImportRules.CrossTable);
                }
            }
        }
    }
}
