using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>政府采购: totals (all sources and 一般公共预算 only) and the lines of 表十四.</summary>
public sealed record ProcurementView
{
    public required ProcurementTotals All { get; init; }
    /// <summary>The part financed by 一般公共预算.</summary>
    public required ProcurementTotals General { get; init; }
    public required IReadOnlyList<ProcurementRow> Lines { get; init; }

    public static ProcurementView Create(BudgetReport report) => new()
    {
        All = ProcurementTotals.Of(report.Procurement),
        General = ProcurementTotals.Of(report.Procurement.Where(l => l.FundOrDefault == FundSource.GeneralBudget)),
        Lines = [.. report.Procurement.Select(l => new ProcurementRow
        {
            DeptCode = report.Department.Code,
            DeptName = report.Department.Name,
            UnitCode = l.Unit,
            UnitName = report.UnitByCode(l.Unit)?.Name ?? l.Unit,
            Item = l.Item,
            Goods = l.Goods,
            Works = l.Works,
            Services = l.Services,
        })],
    };
}

public sealed record ProcurementTotals
{
    public required decimal Goods { get; init; }
    public required decimal Works { get; init; }
    public required decimal Services { get; init; }
    public decimal Total => Goods + Works + Services;

    public static ProcurementTotals Of(IEnumerable<ProcurementLine> lines)
    {
        var list = lines.ToList();
        return new ProcurementTotals { Goods = list.Sum(l => l.Goods), Works = list.Sum(l => l.Works), Services = list.Sum(l => l.Services) };
    }
}

public sealed record ProcurementRow
{
    public required string DeptCode { get; init; }
    public required string DeptName { get; init; }
    public required string UnitCode { get; init; }
    public required string UnitName { get; init; }
    public required string Item { get; init; }
    public required decimal Goods { get; init; }
    public required decimal Works { get; init; }
    public required decimal Services { get; init; }
    public decimal Total => Goods + Works + Services;
}
