using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>
/// The classification trees (功能分类, the four 经济分类 trees) with the children of every node in code
/// order, whatever the order of the data: tables and the narrative list 类, 款 and 项 as the budget
/// system does. Codes are compared as text (equal-length codes within a level sort as numbers).
/// </summary>
public static class CodeOrder
{
    public static BudgetReport Apply(BudgetReport report) => report with
    {
        Expenditure = report.Expenditure with { Functional = Sort(report.Expenditure.Functional) },
        Economic = report.Economic with
        {
            BasicDepartment = Sort(report.Economic.BasicDepartment),
            BasicGovernment = Sort(report.Economic.BasicGovernment),
            ProjectDepartment = Sort(report.Economic.ProjectDepartment),
            ProjectGovernment = Sort(report.Economic.ProjectGovernment),
        },
    };

    private static IReadOnlyList<FunctionalItem> Sort(IReadOnlyList<FunctionalItem> items) =>
        [.. items.OrderBy(i => i.Code.Length).ThenBy(i => i.Code, StringComparer.Ordinal).Select(i => i.IsLeaf ? i : i with { Children = Sort(i.Children) })];

    private static IReadOnlyList<EconomicItem> Sort(IReadOnlyList<EconomicItem> items) =>
        [.. items.OrderBy(i => i.Code.Length).ThenBy(i => i.Code, StringComparer.Ordinal).Select(i => i.IsLeaf ? i : i with { Children = Sort(i.Children) })];
}
