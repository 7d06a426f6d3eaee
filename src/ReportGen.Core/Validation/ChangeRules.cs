using System.Globalization;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>Warnings for material changes against last year that come without a reason.</summary>
internal static class ChangeRules
{
    public static void Check(ValidationContext ctx)
    {
        var r = ctx.Report;
        foreach (var (item, path) in Leaves(r.Expenditure.Functional, "$.expenditure.functional"))
        {
            Need(ctx, path + ".reason", $"“{item.Code} {item.Name}”", item.SumTotal(), item.LastYear, item.Reason);
        }
        var x = r.Expenditure;
        Need(ctx, "$.expenditure.basicReason", "基本支出", r.TotalBasic(), x.LastYear.Basic, x.BasicReason);
        Need(ctx, "$.expenditure.projectReason", "项目支出", r.TotalProject(), x.LastYear.Project, x.ProjectReason);
        var t = r.ThreePublic;
        Need(ctx, "$.threePublic.reasons.abroad", "因公出国（境）费", t.ThisYear.Abroad, t.LastYear.Abroad, t.Reasons.Abroad);
        Need(ctx, "$.threePublic.reasons.reception", "公务接待费", t.ThisYear.Reception, t.LastYear.Reception, t.Reasons.Reception);
        Need(ctx, "$.threePublic.reasons.vehiclePurchase", "公务用车购置费", t.ThisYear.VehiclePurchase, t.LastYear.VehiclePurchase, t.Reasons.VehiclePurchase);
        Need(ctx, "$.threePublic.reasons.vehicleOperation", "公务用车运行维护费", t.ThisYear.VehicleOperation, t.LastYear.VehicleOperation, t.Reasons.VehicleOperation);
        Need(ctx, "$.agencyOperating.reason", "机关运行经费", r.AgencyOperatingAmount(), r.AgencyOperating.LastYear, r.AgencyOperating.Reason);
    }

    private static void Need(ValidationContext ctx, string path, string label, decimal current, decimal? last, string? reason)
    {
        if (last is not decimal previous || !string.IsNullOrWhiteSpace(reason))
        {
            return;
        }
        var change = current - previous;
        var size = Math.Abs(change);
        // No rate from less than a cent (refused by the precision rule anyway): 47,500 / 10^-28 overflows decimal.
        var percent = Math.Abs(previous) < 0.01m ? (decimal?)null : size / Math.Abs(previous) * 100m;
        if (size < ctx.ThresholdAmount || size == 0 || (percent is decimal p && p < ctx.Options.ThresholdPercent))
        {
            return;
        }
        var direction = change > 0 ? "增加" : "减少";
        var rate = percent is decimal q ? $"（{(change > 0 ? "增长" : "下降")}{q.ToString("0.#", CultureInfo.InvariantCulture)}%）" : "";
        ctx.Warning(ValidationRules.ChangeReason, path,
            $"{label}较{ctx.Year - 1}年{direction} {ctx.Money(size)}{rate}，达到重大变动阈值（{ctx.Options.ThresholdPercent.ToString("0.##", CultureInfo.InvariantCulture)}% 且 {ctx.Money(ctx.ThresholdAmount)}），但没有说明原因");
    }

    private static IEnumerable<(FunctionalItem Item, string Path)> Leaves(IReadOnlyList<FunctionalItem> items, string listPath)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{listPath}[{i}]";
            if (items[i].IsLeaf)
            {
                yield return (items[i], path);
                continue;
            }
            foreach (var inner in Leaves(items[i].Children, path + ".children"))
            {
                yield return inner;
            }
        }
    }
}
