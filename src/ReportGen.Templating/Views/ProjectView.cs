using ReportGen.Core.Model;
using ReportGen.Templating.Functions;

namespace ReportGen.Templating.Views;

/// <summary>A 项目 with what 表十三, 表十六/十七 and the 绩效 narrative show of it.</summary>
public sealed record ProjectView
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string UnitCode { get; init; }
    public required string UnitName { get; init; }
    public required string FunctionCode { get; init; }
    /// <summary>The 项's name, e.g. 政务公开审批.</summary>
    public required string FunctionName { get; init; }
    /// <summary>The names from the 类 down to the 项 (for func_label).</summary>
    public required IReadOnlyList<string> FunctionNames { get; init; }
    /// <summary>Source key (general_budget …).</summary>
    public required string Fund { get; init; }
    /// <summary>True when financed by 一般公共预算, 政府性基金 or 国有资本经营 (财政拨款).</summary>
    public bool IsFiscal => Fund is "general_budget" or "government_fund" or "state_capital";
    /// <summary>"key" (重点项目) or "general" (一般项目).</summary>
    public required string Category { get; init; }
    public required decimal DistrictAmount { get; init; }
    public required decimal TownAmount { get; init; }
    public decimal Amount => DistrictAmount + TownAmount;
    public required string Overview { get; init; }
    public required string Basis { get; init; }
    public required string Goal { get; init; }
    public required IReadOnlyList<Indicator> Indicators { get; init; }

    public static ProjectView Create(BudgetReport report, Project p)
    {
        var path = PathTo(report.Expenditure.Functional, p.FunctionCode);
        return new ProjectView
        {
            Code = p.Code,
            Name = p.Name,
            UnitCode = p.Unit,
            UnitName = report.UnitByCode(p.Unit)?.Name ?? p.Unit,
            FunctionCode = p.FunctionCode,
            FunctionName = path.Count > 0 ? path[^1].Name : "",
            FunctionNames = FunctionalLabels.Names(path),
            Fund = FundKeys.Key(p.FundOrDefault),
            Category = p.Category == ProjectCategory.Key ? "key" : "general",
            DistrictAmount = p.DistrictAmount,
            TownAmount = p.TownAmount,
            Overview = p.Overview ?? "",
            Basis = p.Basis ?? "",
            Goal = p.Goal ?? "",
            Indicators = p.Indicators,
        };
    }

    private static IReadOnlyList<FunctionalItem> PathTo(IEnumerable<FunctionalItem> tree, string code)
    {
        foreach (var (item, _, ancestors) in tree.Walk())
        {
            if (item.Code == code)
            {
                return [.. ancestors, item];
            }
        }
        return [];
    }
}
