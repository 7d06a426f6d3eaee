using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>
/// The report as the document shows it: every amount rounded to the displayed step (e.g. 100 元 when
/// 元 data is shown in 万元 with two decimals), apportioned once through each tree so that every
/// displayed total equals the sum of its displayed parts, and a figure shown in several places (表一,
/// 表三, 表五, the text) is the same everywhere. Amounts stay in the data's unit (1,040,900 元 for
/// "104.09"); the formatting functions convert them. The view model is built from this report, so
/// every template and every renderer reads the same rounded figures.
/// <list type="bullet">
/// <item>收入: total → source (this year; last year separately).</item>
/// <item>功能分类 this year: total → source (the same split as 收入, so 一般公共预算 income and expenditure
/// agree) → 基本/项目 → 类 → 款 → 项; last year: total → source → 类 → 款 → 项.</item>
/// <item>经济分类 (表六–九): the 一般公共预算 基本 (or 项目) figure of the 功能分类 → 类 → 款.</item>
/// <item>项目: per source the 功能分类's 项目支出 of that source → project → 区级/补助镇街.</item>
/// <item>“三公”, 政府采购, the 基本/项目 split of last year: total → parts.</item>
/// </list>
/// </summary>
public static class DisplayRounding
{
    /// <summary>The report with every amount apportioned to multiples of <paramref name="step"/> (in the data's unit).</summary>
    public static BudgetReport Apply(BudgetReport report, decimal step)
    {
        var a = new Apportionment(step);
        var funds = Enum.GetValues<FundSource>();

        // 收入 this year and last year.
        var income = new Dictionary<FundSource, IncomeAmount?>();
        var incomeRoot = new Apportionment.Node();
        var incomeLastRoot = new Apportionment.Node();
        foreach (var f in funds)
        {
            var source = report.Income.Get(f);
            income[f] = source;
            incomeRoot.Add([f.ToString()], source?.Amount ?? 0m, v => income[f] = (income[f] ?? new IncomeAmount()) with { Amount = v });
            if (source?.LastYear is decimal last)
            {
                incomeLastRoot.Add([f.ToString()], last, v => income[f] = income[f]! with { LastYear = v });
            }
        }
        a.Distribute(incomeRoot);
        a.Distribute(incomeLastRoot);

        // 功能分类: this year by source → 基本/项目 → tree; last year by source → tree.
        var shown = new Dictionary<FunctionalItem, (decimal? Basic, decimal? Project, decimal? Last)>(ReferenceEqualityComparer.Instance);
        var spend = new Apportionment.Node();
        var spendLast = new Apportionment.Node();
        foreach (var f in funds)
        {
            spend.Child(f.ToString()).Child("basic");
            spend.Child(f.ToString()).Child("project");
            spendLast.Child(f.ToString());
        }
        foreach (var (item, path) in LeavesWithPath(report.Expenditure.Functional))
        {
            var fund = item.FundOrDefault.ToString();
            shown[item] = (item.Basic is null ? null : 0m, item.Project is null ? null : 0m, null);
            spend.Add([fund, "basic", .. path], item.Basic ?? 0m, v => shown[item] = shown[item] with { Basic = item.Basic is null && v == 0m ? null : v });
            spend.Add([fund, "project", .. path], item.Project ?? 0m, v => shown[item] = shown[item] with { Project = item.Project is null && v == 0m ? null : v });
            if (item.LastYear is decimal last)
            {
                spendLast.Add([fund, .. path], last, v => shown[item] = shown[item] with { Last = v });
            }
        }
        a.Distribute(spend, incomeRoot.Exact == spend.Exact ? incomeRoot.Shown : null);
        a.Distribute(spendLast);
        var general = spend.Child(nameof(FundSource.GeneralBudget));

        // Last year's 基本/项目 split: the department's, and 一般公共预算's when stated.
        var e = report.Expenditure;
        // A part that is the same amount as a node of last year's tree (项目支出 = the one project 项's
        // last year, say) shows as that node does.
        var lastShown = new Dictionary<decimal, decimal>();
        foreach (var node in spendLast.All().Where(n => n.Exact != 0m))
        {
            lastShown.TryAdd(node.Exact, node.Shown);
        }
        var lastYear = SplitPair(a, e.LastYear, spendLast.Exact == e.LastYear.Total ? spendLast.Shown : null, lastShown);
        var generalLast = spendLast.Child(nameof(FundSource.GeneralBudget));
        var generalLastYear = e.GeneralBudgetLastYear is { } g
            ? SplitPair(a, g, generalLast.Exact == g.Total ? generalLast.Shown : null, lastShown)
            : null;

        // 经济分类 of 一般公共预算 基本支出 and 项目支出, pinned to the 功能分类's figures.
        var basic = general.Child("basic");
        var project = general.Child("project");
        var economic = report.Economic with
        {
            BasicDepartment = Economic(a, report.Economic.BasicDepartment, basic),
            BasicGovernment = Economic(a, report.Economic.BasicGovernment, basic),
            ProjectDepartment = Economic(a, report.Economic.ProjectDepartment, project),
            ProjectGovernment = Economic(a, report.Economic.ProjectGovernment, project),
            PersonnelTotal = null,
            PublicTotal = null,
        };

        return report with
        {
            Income = new Income
            {
                GeneralBudget = income[FundSource.GeneralBudget],
                GovernmentFund = income[FundSource.GovernmentFund],
                StateCapital = income[FundSource.StateCapital],
                SpecialAccount = income[FundSource.SpecialAccount],
                Business = income[FundSource.Business],
                SuperiorSubsidy = income[FundSource.SuperiorSubsidy],
                SubordinateRemittance = income[FundSource.SubordinateRemittance],
                Operating = income[FundSource.Operating],
                Other = income[FundSource.Other],
                CarryOver = income[FundSource.CarryOver],
                BusinessFund = income[FundSource.BusinessFund],
            },
            Expenditure = e with
            {
                Functional = Rebuild(e.Functional, shown),
                LastYear = lastYear,
                GeneralBudgetLastYear = generalLastYear,
            },
            Economic = economic,
            ThreePublic = report.ThreePublic with
            {
                ThisYear = ThreePublic(a, report.ThreePublic.ThisYear),
                LastYear = ThreePublic(a, report.ThreePublic.LastYear),
            },
            AgencyOperating = report.AgencyOperating with
            {
                Amount = null,
                LastYear = report.AgencyOperating.LastYear is decimal l ? a.Round(l) : null,
            },
            Procurement = Procurement(a, report.Procurement),
            Projects = Projects(a, report.Projects, spend),
        };
    }

    /// <summary>The leaves of the 功能分类 tree with the keys of their path (position and code at every level).</summary>
    private static IEnumerable<(FunctionalItem Item, string[] Path)> LeavesWithPath(IReadOnlyList<FunctionalItem> items, string[]? prefix = null)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            string[] path = [.. prefix ?? [], i + ":" + item.Code];
            if (item.IsLeaf)
            {
                yield return (item, path);
                continue;
            }
            foreach (var leaf in LeavesWithPath(item.Children, path))
            {
                yield return leaf;
            }
        }
    }

    /// <summary>The tree with the leaves' rounded figures; the totals nodes state are dropped (they are derived from the leaves).</summary>
    private static IReadOnlyList<FunctionalItem> Rebuild(IReadOnlyList<FunctionalItem> items, Dictionary<FunctionalItem, (decimal? Basic, decimal? Project, decimal? Last)> shown) =>
        [.. items.Select(item => item.IsLeaf
            ? item with { Basic = shown[item].Basic, Project = shown[item].Project, LastYear = shown[item].Last, Total = null }
            : item with { Basic = null, Project = null, Total = null, LastYear = null, Children = Rebuild(item.Children, shown) })];

    /// <summary>
    /// 基本/项目 of a total: the largest remainder split, unless one part is an amount <paramref name="known"/>
    /// already shows (then it shows the same, and the other part is the rest, if that stays within a step).
    /// </summary>
    private static BasicProjectAmount SplitPair(Apportionment a, BasicProjectAmount pair, decimal? total, Dictionary<decimal, decimal> known)
    {
        var shown = total ?? a.Round(pair.Total);
        foreach (var (part, isProject) in new[] { (pair.Project, true), (pair.Basic, false) })
        {
            if (part != 0m && known.TryGetValue(part, out var p) && Math.Abs(shown - p - (pair.Total - part)) <= a.Step)
            {
                return isProject
                    ? new BasicProjectAmount { Basic = shown - p, Project = p }
                    : new BasicProjectAmount { Basic = p, Project = shown - p };
            }
        }
        var parts = a.Split(shown, [pair.Basic, pair.Project]);
        return new BasicProjectAmount { Basic = parts[0], Project = parts[1] };
    }

    /// <summary>An economic tree (类 → 款) apportioned from <paramref name="pin"/>'s figure when it is the same amount.</summary>
    private static IReadOnlyList<EconomicItem> Economic(Apportionment a, IReadOnlyList<EconomicItem> tree, Apportionment.Node pin)
    {
        var shown = new Dictionary<EconomicItem, decimal>(ReferenceEqualityComparer.Instance);
        var root = new Apportionment.Node();
        void Collect(IReadOnlyList<EconomicItem> items, string[] prefix)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                string[] path = [.. prefix, i + ":" + item.Code];
                if (item.IsLeaf)
                {
                    root.Add(path, item.Amount ?? 0m, v => shown[item] = v);
                }
                else
                {
                    Collect(item.Children, path);
                }
            }
        }
        Collect(tree, []);
        a.Distribute(root, root.Exact == pin.Exact ? pin.Shown : null);
        IReadOnlyList<EconomicItem> Rebuild(IReadOnlyList<EconomicItem> items) =>
            [.. items.Select(item => item.IsLeaf
                ? item with { Amount = item.Amount is null && shown[item] == 0m ? null : shown[item] }
                : item with { Amount = null, Children = Rebuild(item.Children) })];
        return Rebuild(tree);
    }

    private static ThreePublicAmounts ThreePublic(Apportionment a, ThreePublicAmounts t)
    {
        var root = new Apportionment.Node();
        var result = new decimal[4];
        root.Add(["abroad"], t.Abroad, v => result[0] = v);
        root.Add(["reception"], t.Reception, v => result[1] = v);
        root.Add(["vehicle", "purchase"], t.VehiclePurchase, v => result[2] = v);
        root.Add(["vehicle", "operation"], t.VehicleOperation, v => result[3] = v);
        a.Distribute(root);
        return t with { Abroad = result[0], Reception = result[1], VehiclePurchase = result[2], VehicleOperation = result[3], VehicleTotal = null, Total = null };
    }

    private static IReadOnlyList<ProcurementLine> Procurement(Apportionment a, IReadOnlyList<ProcurementLine> lines)
    {
        var root = new Apportionment.Node();
        var result = lines.ToArray();
        for (var i = 0; i < lines.Count; i++)
        {
            var n = i;
            root.Add([n.ToString(), "goods"], lines[n].Goods, v => result[n] = result[n] with { Goods = v, Total = null });
            root.Add([n.ToString(), "works"], lines[n].Works, v => result[n] = result[n] with { Works = v, Total = null });
            root.Add([n.ToString(), "services"], lines[n].Services, v => result[n] = result[n] with { Services = v, Total = null });
        }
        a.Distribute(root);
        return result;
    }

    /// <summary>Projects: per source, from the 功能分类's 项目支出 of that source when it is the same amount.</summary>
    private static IReadOnlyList<Project> Projects(Apportionment a, IReadOnlyList<Project> projects, Apportionment.Node spend)
    {
        var result = projects.ToArray();
        foreach (var group in Enumerable.Range(0, projects.Count).GroupBy(i => projects[i].FundOrDefault))
        {
            var root = new Apportionment.Node();
            foreach (var i in group)
            {
                root.Add([i.ToString(), "district"], projects[i].DistrictAmount, v => result[i] = result[i] with { DistrictAmount = v });
                root.Add([i.ToString(), "town"], projects[i].TownAmount, v => result[i] = result[i] with { TownAmount = v });
            }
            var pin = spend.Child(group.Key.ToString()).Child("project");
            a.Distribute(root, root.Exact == pin.Exact ? pin.Shown : null);
        }
        return result;
    }
}
