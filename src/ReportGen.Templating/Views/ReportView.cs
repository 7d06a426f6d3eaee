using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>
/// Everything the templates see, as global variables (snake_case): the input (<c>report</c>) and the
/// figures derived from it in C# — totals, changes, the trees flattened into rows with their depth,
/// per-source views, per-project figures. No figure in a template is typed in.
/// </summary>
public sealed record ReportView
{
    /// <summary>The input model as loaded (snake_case members).</summary>
    public required BudgetReport Report { get; init; }
    public required DepartmentView Dept { get; init; }
    public required Profile Profile { get; init; }
    public required IncomeView Income { get; init; }
    public required SpendingView Spending { get; init; }
    /// <summary>一般公共预算.</summary>
    public required FundView General { get; init; }
    /// <summary>政府性基金预算.</summary>
    public required FundView Fund { get; init; }
    /// <summary>国有资本经营预算.</summary>
    public required FundView Capital { get; init; }
    /// <summary>财政拨款: the three sources above together (表四).</summary>
    public required FundView Fiscal { get; init; }
    public required EconomicView Economic { get; init; }
    public required ThreePublicView ThreePublic { get; init; }
    public required AgencyView Agency { get; init; }
    public required ProcurementView Procurement { get; init; }
    public required PerformanceView Performance { get; init; }
    public required IReadOnlyList<ProjectView> Projects { get; init; }
    public required Assets Assets { get; init; }
    public required IReadOnlyList<GlossaryEntry> Glossary { get; init; }
    public required Contact Contact { get; init; }

    public static ReportView Create(BudgetReport report)
    {
        var projects = report.Projects.Select(p => ProjectView.Create(report, p)).ToList();
        return new ReportView
        {
            Report = report,
            Dept = DepartmentView.Create(report.Department),
            Profile = report.Profile,
            Income = IncomeView.Create(report.Income),
            Spending = SpendingView.Create(report),
            General = FundView.Create(report, FundSource.GeneralBudget),
            Fund = FundView.Create(report, FundSource.GovernmentFund),
            Capital = FundView.Create(report, FundSource.StateCapital),
            Fiscal = FundView.Create(report, "fiscal", [FundSource.GeneralBudget, FundSource.GovernmentFund, FundSource.StateCapital]),
            Economic = EconomicView.Create(report.Economic),
            ThreePublic = ThreePublicView.Create(report.ThreePublic),
            Agency = AgencyView.Create(report),
            Procurement = ProcurementView.Create(report),
            Performance = PerformanceView.Create(report, projects),
            Projects = projects,
            Assets = report.Assets,
            Glossary = report.Glossary,
            Contact = report.Contact,
        };
    }
}
