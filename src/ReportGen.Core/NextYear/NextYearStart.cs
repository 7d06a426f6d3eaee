using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.NextYear;

/// <summary>A text left for the department to write: where it stands (JSON path) and what it asks for.</summary>
public sealed record Placeholder(string Path, string Text);

/// <summary>The next year's starting file and the texts it leaves to fill in.</summary>
public sealed record NextYearResult(BudgetReport Report, IReadOnlyList<Placeholder> Placeholders);

/// <summary>
/// Makes next year's starting point from a department's (valid) data file:
/// <list type="bullet">
/// <item>the year advances by one;</item>
/// <item>every last-year figure of the format becomes this year's figure: each 功能分类 item's
/// <c>lastYear</c> (项, 款 and 类), each income source's <c>lastYear</c>, <c>expenditure.lastYear</c>
/// (基本/项目), <c>generalBudgetLastYear</c> (when the file has it or some item is not 一般公共预算), the
/// 三公 <c>lastYear</c>, <c>agencyOperating.lastYear</c> (this year's 502 of 基本支出);</item>
/// <item>this year's figures are cleared (zero or left out), never carried over: a figure of the old
/// year must not pass for the new one. The structure stays (codes, names, units, economic items,
/// projects with their indicators), so only the new figures are typed or imported;
/// 政府采购 lines and planned purchases are dropped (they are the old year's plan);</item>
/// <item>every reason, use and goal the file states becomes a <see cref="Marker"/> placeholder naming
/// what to write; validation refuses any text holding the marker, so the file cannot be built until
/// they are written;</item>
/// <item>the rest (职能职责, 单位构成, contact, glossary, vehicles held, project overviews and bases,
/// indicators) is kept.</item>
/// </list>
/// </summary>
public static class NextYearStart
{
    /// <summary>The mark that opens every placeholder text.</summary>
    public const string Marker = "【待填写】";

    public static NextYearResult From(BudgetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new Builder(report.Department.Year + 1);
        return new NextYearResult(builder.Transform(report), builder.Placeholders);
    }

    private sealed class Builder(int year)
    {
        public List<Placeholder> Placeholders { get; } = [];

        public BudgetReport Transform(BudgetReport r) => r with
        {
            Department = r.Department with { Year = year },
            Income = Income(r.Income),
            Expenditure = Expenditure(r),
            Economic = r.Economic with
            {
                BasicDepartment = Cleared(r.Economic.BasicDepartment),
                BasicGovernment = Cleared(r.Economic.BasicGovernment),
                ProjectDepartment = Cleared(r.Economic.ProjectDepartment),
                ProjectGovernment = Cleared(r.Economic.ProjectGovernment),
                PersonnelTotal = null,
                PublicTotal = null,
            },
            ThreePublic = new ThreePublicExpenses
            {
                ThisYear = new ThreePublicAmounts(),
                LastYear = r.ThreePublic.ThisYear,
                Reasons = new ThreePublicReasons
                {
                    Total = Text("$.threePublic.reasons.total", r.ThreePublic.Reasons.Total, "“三公”经费合计较上年增减变化的原因"),
                    Abroad = Text("$.threePublic.reasons.abroad", r.ThreePublic.Reasons.Abroad, "因公出国（境）费较上年增减变化的原因"),
                    Reception = Text("$.threePublic.reasons.reception", r.ThreePublic.Reasons.Reception, "公务接待费较上年增减变化的原因"),
                    VehiclePurchase = Text("$.threePublic.reasons.vehiclePurchase", r.ThreePublic.Reasons.VehiclePurchase, "公务用车购置费较上年增减变化的原因"),
                    VehicleOperation = Text("$.threePublic.reasons.vehicleOperation", r.ThreePublic.Reasons.VehicleOperation, "公务用车运行维护费较上年增减变化的原因"),
                },
            },
            AgencyOperating = new AgencyOperatingExpenses
            {
                Amount = null,
                LastYear = r.AgencyOperatingAmount(),
                Reason = Text("$.agencyOperating.reason", r.AgencyOperating.Reason, "机关运行经费较上年增减变化的原因"),
                Uses = Text("$.agencyOperating.uses", r.AgencyOperating.Uses, "机关运行经费主要用于哪些方面（“主要用于”之后的文字）"),
            },
            Procurement = [],
            Performance = r.Performance with
            {
                OverallGoals = r.Performance.OverallGoals.Count == 0
                    ? []
                    : [Text("$.performance.overallGoals[0]", "", $"{year}年部门整体绩效目标（每条一项，可增加条目）")!],
            },
            Projects = [.. r.Projects.Select((p, i) => p with
            {
                DistrictAmount = 0m,
                TownAmount = 0m,
                Goal = Text(JsonPaths.Member(JsonPaths.Index("$.projects", i), "goal"), p.Goal, $"项目“{p.Name}”{year}年的绩效目标"),
            })],
            Assets = r.Assets with { PlannedVehicles = new VehicleCounts(), PlannedLargeEquipment = 0 },
        };

        private Income Income(Income income)
        {
            IncomeAmount? Shift(IncomeAmount? amount) => amount is null ? null : new IncomeAmount { Amount = 0m, LastYear = amount.Amount };
            return new Income
            {
                GeneralBudget = Shift(income.GeneralBudget),
                GovernmentFund = Shift(income.GovernmentFund),
                StateCapital = Shift(income.StateCapital),
                SpecialAccount = Shift(income.SpecialAccount),
                Business = Shift(income.Business),
                SuperiorSubsidy = Shift(income.SuperiorSubsidy),
                SubordinateRemittance = Shift(income.SubordinateRemittance),
                Operating = Shift(income.Operating),
                Other = Shift(income.Other),
                CarryOver = Shift(income.CarryOver),
                BusinessFund = Shift(income.BusinessFund),
            };
        }

        private Expenditure Expenditure(BudgetReport r)
        {
            var e = r.Expenditure;
            var otherSources = e.Functional.Leaves().Any(l => l.FundOrDefault != FundSource.GeneralBudget);
            var general = r.FunctionalOf(FundSource.GeneralBudget);
            return e with
            {
                Functional = [.. e.Functional.Select((item, i) => Functional(item, JsonPaths.Index("$.expenditure.functional", i)))],
                LastYear = new BasicProjectAmount { Basic = r.TotalBasic(), Project = r.TotalProject() },
                GeneralBudgetLastYear = e.GeneralBudgetLastYear is not null || otherSources
                    ? new BasicProjectAmount { Basic = general.Sum(i => i.SumBasic()), Project = general.Sum(i => i.SumProject()) }
                    : null,
                BasicReason = Text("$.expenditure.basicReason", e.BasicReason, "基本支出较上年增减变化的原因"),
                ProjectReason = Text("$.expenditure.projectReason", e.ProjectReason, "项目支出较上年增减变化的原因"),
                PersonnelUse = Text("$.expenditure.personnelUse", e.PersonnelUse, "人员经费主要用于哪些方面"),
                PublicUse = Text("$.expenditure.publicUse", e.PublicUse, "公用经费主要用于哪些方面"),
                ProjectUse = Text("$.expenditure.projectUse", e.ProjectUse, "项目支出主要用于哪些工作"),
            };
        }

        /// <summary>An item of the 功能分类 tree: its total becomes last year's, its own figures are cleared.</summary>
        private FunctionalItem Functional(FunctionalItem item, string path) => item with
        {
            LastYear = item.SumTotal(),
            Basic = null,
            Project = null,
            Total = null,
            Reason = Text(JsonPaths.Member(path, "reason"), item.Reason, $"“{item.Code} {item.Name}”较上年增减变化的原因"),
            Children = [.. item.Children.Select((c, i) => Functional(c, JsonPaths.Index(JsonPaths.Member(path, "children"), i)))],
        };

        private static IReadOnlyList<EconomicItem> Cleared(IReadOnlyList<EconomicItem> items) =>
            [.. items.Select(i => i with { Amount = null, Children = Cleared(i.Children) })];

        /// <summary>A placeholder where the old file has a text (null stays null: the text was not needed).</summary>
        private string? Text(string path, string? old, string hint)
        {
            if (old is null)
            {
                return null;
            }
            var text = Marker + hint;
            Placeholders.Add(new Placeholder(path, text));
            return text;
        }
    }
}
