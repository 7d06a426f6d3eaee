using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>The department block (year, units, display unit), 政府采购 lines, vehicles and 编制.</summary>
internal static class UnitRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static void Check(ValidationContext ctx)
    {
        var d = ctx.Report.Department;
        if (d.Year is < MinYear or > MaxYear)
        {
            ctx.Error(ValidationRules.Year, "$.department.year", $"预算年度应在 {MinYear} 至 {MaxYear} 之间，实际为 {d.Year}");
        }
        if (d.AmountUnit == AmountUnit.万元 && d.DisplayUnit == AmountUnit.元)
        {
            ctx.Error(ValidationRules.DisplayUnit, "$.department.displayUnit", "数据以万元填写时不能以元显示（displayUnit 只能为万元）");
        }
        if (d.Units.Count == 0)
        {
            ctx.Error(ValidationRules.UnitReference, "$.department.units", "至少需要一个预算单位（本级）");
        }
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Units.Count; i++)
        {
            if (!seen.TryAdd(d.Units[i].Code, $"$.department.units[{i}]"))
            {
                ctx.Error(ValidationRules.CodeDuplicate, $"$.department.units[{i}].code", $"单位编码“{d.Units[i].Code}”重复出现（首次出现于 {seen[d.Units[i].Code]}）");
            }
        }
        CheckProcurement(ctx);
        CheckCounts(ctx);
    }

    /// <summary>An error when <paramref name="code"/> is not one of department.units.</summary>
    public static void CheckUnit(ValidationContext ctx, string path, string code)
    {
        var units = ctx.Report.Department.Units;
        if (units.All(u => u.Code != code))
        {
            ctx.Error(ValidationRules.UnitReference, path, $"单位编码“{code}”不在 department.units 中（已有：{string.Join("、", units.Select(u => u.Code))}）");
        }
    }

    private static void CheckProcurement(ValidationContext ctx)
    {
        var lines = ctx.Report.Procurement;
        for (var i = 0; i < lines.Count; i++)
        {
            var path = $"$.procurement[{i}]";
            CheckUnit(ctx, path + ".unit", lines[i].Unit);
            ctx.CheckStated(ValidationRules.Sum, path + ".total", "政府采购合计", lines[i].ComputedTotal, lines[i].Total, "货物类+工程类+服务类");
        }
    }

    private static void CheckCounts(ValidationContext ctx)
    {
        var a = ctx.Report.Assets;
        CheckVehicles(ctx, a.Vehicles, "$.assets.vehicles.total", "车辆合计");
        CheckVehicles(ctx, a.PlannedVehicles, "$.assets.plannedVehicles.total", "购置车辆合计");
        var e = ctx.Report.Profile.Composition.Establishment;
        if (e.Categories.Count > 0)
        {
            var sum = e.Categories.Sum(c => c.Count);
            if (sum != e.Total)
            {
                ctx.Error(ValidationRules.Sum, "$.profile.composition.establishment.total",
                    $"编制总数应为 {sum} 人（各类人员编制之和），实际为 {e.Total} 人，相差 {Math.Abs(sum - e.Total)} 人");
            }
        }
    }

    private static void CheckVehicles(ValidationContext ctx, VehicleCounts v, string path, string label)
    {
        if (v.Total is int stated && stated != v.ComputedTotal)
        {
            ctx.Error(ValidationRules.Sum, path, $"{label}应为 {v.ComputedTotal} 辆（各类车辆之和），实际为 {stated} 辆，相差 {Math.Abs(v.ComputedTotal - stated)} 辆");
        }
    }
}
