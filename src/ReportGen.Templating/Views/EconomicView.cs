using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>The economic classifications of 一般公共预算 基本支出 and 项目支出 (表六 to 表九).</summary>
public sealed record EconomicView
{
    /// <summary>人员经费 of 基本支出.</summary>
    public required decimal Personnel { get; init; }
    /// <summary>公用经费 of 基本支出.</summary>
    public required decimal Public { get; init; }
    public decimal Basic => Personnel + Public;
    public required EconomicTable BasicDepartment { get; init; }
    public required EconomicTable BasicGovernment { get; init; }
    public required EconomicTable ProjectDepartment { get; init; }
    public required EconomicTable ProjectGovernment { get; init; }

    public static EconomicView Create(EconomicClassification e) => new()
    {
        Personnel = e.BasicDepartment.SumOfKind(CostKind.Personnel),
        Public = e.BasicDepartment.SumOfKind(CostKind.Public),
        BasicDepartment = EconomicTable.Create(e.BasicDepartment),
        BasicGovernment = EconomicTable.Create(e.BasicGovernment),
        ProjectDepartment = EconomicTable.Create(e.ProjectDepartment),
        ProjectGovernment = EconomicTable.Create(e.ProjectGovernment),
    };
}

/// <summary>One economic classification tree: its total and its rows.</summary>
public sealed record EconomicTable
{
    public required decimal Total { get; init; }
    public required decimal Personnel { get; init; }
    public required decimal Public { get; init; }
    public required IReadOnlyList<EconomicRow> Rows { get; init; }

    public static EconomicTable Create(IReadOnlyList<EconomicItem> tree) => new()
    {
        Total = tree.SumAmount(),
        Personnel = tree.SumOfKind(CostKind.Personnel),
        Public = tree.SumOfKind(CostKind.Public),
        Rows = EconomicRow.Flatten(tree),
    };
}
