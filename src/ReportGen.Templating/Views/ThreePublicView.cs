using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>“三公”经费 this year and last year (totals computed from the parts).</summary>
public sealed record ThreePublicView
{
    public required ThreePublicFigures ThisYear { get; init; }
    public required ThreePublicFigures LastYear { get; init; }
    public required ThreePublicReasons Reasons { get; init; }

    public static ThreePublicView Create(ThreePublicExpenses t) => new()
    {
        ThisYear = ThreePublicFigures.Create(t.ThisYear),
        LastYear = ThreePublicFigures.Create(t.LastYear),
        Reasons = t.Reasons,
    };
}

public sealed record ThreePublicFigures
{
    public required decimal Abroad { get; init; }
    public required decimal Reception { get; init; }
    public required decimal VehiclePurchase { get; init; }
    public required decimal VehicleOperation { get; init; }
    public decimal VehicleTotal => VehiclePurchase + VehicleOperation;
    public decimal Total => Abroad + Reception + VehicleTotal;

    public static ThreePublicFigures Create(ThreePublicAmounts a) => new()
    {
        Abroad = a.Abroad,
        Reception = a.Reception,
        VehiclePurchase = a.VehiclePurchase,
        VehicleOperation = a.VehicleOperation,
    };
}

/// <summary>机关运行经费: this year's amount derived from 政府经济分类 502 of 基本支出.</summary>
public sealed record AgencyView
{
    public required decimal Amount { get; init; }
    public required decimal? LastYear { get; init; }
    public required string Reason { get; init; }
    public required string Uses { get; init; }

    public static AgencyView Create(BudgetReport report) => new()
    {
        Amount = report.AgencyOperatingAmount(),
        LastYear = report.AgencyOperating.LastYear,
        Reason = report.AgencyOperating.Reason ?? "",
        Uses = report.AgencyOperating.Uses ?? "",
    };
}
