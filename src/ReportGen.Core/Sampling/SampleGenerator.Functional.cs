using ReportGen.Core.Model;
using static ReportGen.Core.Sampling.MoneySplitter;

namespace ReportGen.Core.Sampling;

public sealed partial class SampleGenerator
{
    /// <summary>A 项 being built: fund, 基本 or 项目, this year and last year in cents.</summary>
    private sealed record Leaf(string Code, string Name, FundSource Fund, bool IsProject, long Cents, long? LastYearCents, string? Reason);

    private sealed record FunctionalResult(IReadOnlyList<FunctionalItem> Tree, IReadOnlyList<Leaf> Leaves, long LastYearBasic, long LastYearProject);

    private long Cents(decimal yuan) => Math.Max(1, (long)Math.Round(yuan * _unitFactor * 100m, MidpointRounding.AwayFromZero));

    private FunctionalResult BuildFunctional(IReadOnlyList<Project> projects, bool hasSubordinates)
    {
        var leaves = new List<Leaf>();
        var wages = 2_000_000m + 28_000_000m * (decimal)_rnd.NextDouble();
        void Basic(string code, string name, decimal share, FundSource fund = FundSource.GeneralBudget)
        {
            var cents = Cents(wages * share);
            var last = Vary(_rnd, cents);
            leaves.Add(new Leaf(code, name, fund, false, cents, last, ReasonFor(cents, last)));
        }

        Basic(_kind.AdminCode, _kind.AdminName, 0.7m);
        foreach (var staff in SampleCatalog.StaffItems)
        {
            var share = staff.Code switch
            {
                "2080505" => 0.08m,
                "2080506" => 0.04m,
                "2080599" => Chance(0.5) ? 0.01m : 0m,
                "2101101" => 0.04m,
                "2101102" => hasSubordinates ? 0.02m : 0m,
                _ => 0.06m,
            };
            if (share > 0m)
            {
                Basic(staff.Code, staff.Name, share);
            }
        }
        if (hasSubordinates && Chance(0.3))
        {
            var item = _kind.ProjectItems[0];
            Basic(item.Code, item.Name, 0.05m, FundSource.Business);
        }

        // 项目支出 leaves are exactly the projects grouped by (功能科目, fund).
        foreach (var group in projects.GroupBy(p => (p.FunctionCode, p.FundOrDefault)))
        {
            var cents = group.Sum(p => (long)(p.Amount * 100m));
            long? last = Chance(0.15) ? null : Vary(_rnd, cents);
            var name = AllItems().First(i => i.Code == group.Key.FunctionCode).Name;
            leaves.Add(new Leaf(group.Key.FunctionCode, name, group.Key.Item2, true, cents, last, ReasonFor(cents, last)));
        }
        // Now and then an item that had a budget last year and has none this year.
        var unused = _kind.ProjectItems.Where(i => leaves.All(l => l.Code != i.Code)).ToList();
        if (unused.Count > 0 && Chance(0.15))
        {
            var item = Pick(unused);
            leaves.Add(new Leaf(item.Code, item.Name, FundSource.GeneralBudget, true, 0, Cents(100_000m + 900_000m * (decimal)_rnd.NextDouble()), "项目完结"));
        }

        var tree = leaves
            .OrderBy(l => l.Code, StringComparer.Ordinal).ThenBy(l => l.Fund)
            .GroupBy(l => l.Code[..3])
            .Select(cls => new FunctionalItem
            {
                Code = cls.Key,
                Name = SampleCatalog.Names[cls.Key],
                Children = cls.GroupBy(l => l.Code[..5]).Select(kuan => new FunctionalItem
                {
                    Code = kuan.Key,
                    Name = SampleCatalog.Names[kuan.Key],
                    Children = kuan.Select(ToItem).ToList(),
                }).ToList(),
            })
            .ToList();
        return new FunctionalResult(
            tree,
            leaves,
            leaves.Where(l => !l.IsProject).Sum(l => l.LastYearCents ?? 0),
            leaves.Where(l => l.IsProject).Sum(l => l.LastYearCents ?? 0));
    }

    private static FunctionalItem ToItem(Leaf l) => new()
    {
        Code = l.Code,
        Name = l.Name,
        Fund = l.Fund == FundSource.GeneralBudget ? null : l.Fund,
        Basic = l.IsProject ? null : ToMoney(l.Cents),
        Project = l.IsProject ? ToMoney(l.Cents) : null,
        LastYear = l.LastYearCents is long c ? ToMoney(c) : null,
        Reason = l.Reason,
    };

    private IEnumerable<SampleCatalog.FunctionCode> AllItems() =>
        _kind.ProjectItems.Concat(SampleCatalog.GovernmentFundItems).Append(SampleCatalog.StateCapitalItem);

    private static Income BuildIncome(IReadOnlyList<Leaf> leaves)
    {
        IncomeAmount? Of(FundSource fund)
        {
            var ofFund = leaves.Where(l => l.Fund == fund).ToList();
            if (ofFund.Count == 0)
            {
                return null;
            }
            var last = ofFund.Where(l => l.LastYearCents is not null).Sum(l => l.LastYearCents!.Value);
            return new IncomeAmount
            {
                Amount = ToMoney(ofFund.Sum(l => l.Cents)),
                LastYear = ofFund.Any(l => l.LastYearCents is not null) ? ToMoney(last) : null,
            };
        }
        return new Income
        {
            GeneralBudget = Of(FundSource.GeneralBudget),
            GovernmentFund = Of(FundSource.GovernmentFund),
            StateCapital = Of(FundSource.StateCapital),
            Business = Of(FundSource.Business),
        };
    }
}
