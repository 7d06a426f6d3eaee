using System.Globalization;
using ReportGen.Core.Model;

namespace ReportGen.Import.Tests.Support;

/// <summary>
/// Every figure and fact of a report as sorted "path = value" lines, with defaults made explicit
/// (a source left out is 0, fund null is 一般公共预算, a kind by its 类): two reports with equal lines
/// hold the same budget, whatever totals they state.
/// </summary>
internal static class Figures
{
    public static List<string> Of(BudgetReport r)
    {
        var lines = new List<string>();
        void Add(string path, object? value) => lines.Add($"{path} = {Format(value)}");
        var d = r.Department;
        Add("department", $"{d.Name}|{d.Code}|{d.District}|{d.Year}|{d.AmountUnit}");
        foreach (var u in d.Units)
        {
            Add("unit " + u.Code, u.Name);
        }
        foreach (var f in Enum.GetValues<FundSource>())
        {
            Add($"income {f}", $"{Format(r.Income.AmountOf(f))}|{Format(r.Income.Get(f)?.LastYear)}");
        }
        foreach (var leaf in r.Expenditure.Functional.Leaves())
        {
            Add($"functional {leaf.Code} {leaf.FundOrDefault}", $"{leaf.Name}|{Format(leaf.Basic ?? 0m)}|{Format(leaf.Project ?? 0m)}|{Format(leaf.LastYear)}");
        }
        foreach (var (item, depth, _) in r.Expenditure.Functional.Walk().Where(w => !w.Item.IsLeaf))
        {
            Add($"functional node {item.Code}", $"{item.Name}|{Format(item.SumBasic())}|{Format(item.SumProject())}|{Format(item.SumLastYear())}|{depth}");
        }
        var x = r.Expenditure;
        Add("expenditure lastYear", $"{Format(x.LastYear.Basic)}|{Format(x.LastYear.Project)}");
        var generalLast = x.GeneralBudgetLastYear ?? (x.Functional.Leaves().All(l => l.FundOrDefault == FundSource.GeneralBudget) ? x.LastYear : null);
        Add("expenditure generalBudgetLastYear", generalLast is null ? null : $"{Format(generalLast.Basic)}|{Format(generalLast.Project)}");
        void Tree(string name, IReadOnlyList<EconomicItem> items, bool kinds)
        {
            foreach (var c in items)
            {
                Add($"{name} {c.Code}", $"{c.Name}|{Format(c.SumAmount())}");
                foreach (var k in c.Children)
                {
                    Add($"{name} {k.Code}", $"{k.Name}|{Format(k.SumAmount())}" + (kinds ? "|" + k.KindOf(c) : ""));
                }
            }
        }
        Tree("basicDepartment", r.Economic.BasicDepartment, true);
        Tree("basicGovernment", r.Economic.BasicGovernment, false);
        Tree("projectDepartment", r.Economic.ProjectDepartment, false);
        Tree("projectGovernment", r.Economic.ProjectGovernment, false);
        Add("personnel", r.Economic.BasicDepartment.SumOfKind(CostKind.Personnel));
        Add("public", r.Economic.BasicDepartment.SumOfKind(CostKind.Public));
        foreach (var (name, a) in new[] { ("thisYear", r.ThreePublic.ThisYear), ("lastYear", r.ThreePublic.LastYear) })
        {
            Add($"threePublic {name}", $"{Format(a.Abroad)}|{Format(a.Reception)}|{Format(a.VehiclePurchase)}|{Format(a.VehicleOperation)}");
        }
        Add("agencyOperating", $"{Format(r.AgencyOperatingAmount())}|{Format(r.AgencyOperating.LastYear)}");
        for (var i = 0; i < r.Procurement.Count; i++)
        {
            var p = r.Procurement[i];
            Add($"procurement {i}", $"{p.Unit}|{p.Item}|{p.FundOrDefault}|{Format(p.Goods)}|{Format(p.Works)}|{Format(p.Services)}");
        }
        for (var i = 0; i < r.Performance.OverallGoals.Count; i++)
        {
            Add($"goal {i}", r.Performance.OverallGoals[i]);
        }
        Indicators("performance", r.Performance.Indicators);
        foreach (var p in r.Projects)
        {
            Add($"project {p.Code}", $"{p.Name}|{p.Unit}|{p.FunctionCode}|{p.FundOrDefault}|{p.Category}|{Format(p.DistrictAmount)}|{Format(p.TownAmount)}|{p.Overview}|{p.Basis}|{p.Goal}");
            Indicators("project " + p.Code, p.Indicators);
        }
        void Indicators(string owner, IReadOnlyList<Indicator> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var n = list[i];
                Add($"{owner} indicator {i}", $"{n.Name}|{Format(n.Weight)}|{n.Unit}|{n.Nature}|{n.Value}|{n.Core}");
            }
        }
        return lines;
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        decimal m => m.ToString("0.00########", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
