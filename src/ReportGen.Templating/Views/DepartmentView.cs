using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>The department as titles and sentences need it.</summary>
public sealed record DepartmentView
{
    public required string Name { get; init; }
    /// <summary>Short name (以下简称“…”); the full name when none is given.</summary>
    public required string ShortName { get; init; }
    public required bool HasShortName { get; init; }
    public required string Code { get; init; }
    public required string District { get; init; }
    public required int Year { get; init; }
    public int LastYear => Year - 1;
    /// <summary>The unit the document shows amounts in: "元" or "万元".</summary>
    public required string Unit { get; init; }
    public required IReadOnlyList<BudgetUnit> Units { get; init; }
    /// <summary>The first unit (本级).</summary>
    public BudgetUnit? MainUnit => Units.Count > 0 ? Units[0] : null;

    public static DepartmentView Create(DepartmentInfo d) => new()
    {
        Name = d.Name,
        ShortName = d.ShortName ?? d.Name,
        HasShortName = !string.IsNullOrEmpty(d.ShortName),
        Code = d.Code,
        District = d.District,
        Year = d.Year,
        Unit = d.EffectiveDisplayUnit.ToString(),
        Units = d.Units,
    };
}
