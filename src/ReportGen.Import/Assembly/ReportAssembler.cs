using ReportGen.Core.Model;
using ReportGen.Import.Tables;

namespace ReportGen.Import.Assembly;

/// <summary>
/// The figures of a workbook as the model holds them. Everything a table carries is here; what no
/// table carries (texts, last year's split of 基本/项目支出, 机关运行经费 last year, assets, contact …)
/// is left for <see cref="TextMerger"/>.
/// </summary>
internal sealed record WorkbookFigures
{
    public required DepartmentInfo Department { get; init; }
    public required Income Income { get; init; }
    public required IReadOnlyList<FunctionalItem> Functional { get; init; }
    public required EconomicClassification Economic { get; init; }
    public required ThreePublicAmounts ThreePublicThisYear { get; init; }
    public required ThreePublicAmounts ThreePublicLastYear { get; init; }
    public decimal? AgencyOperatingAmount { get; init; }
    public required IReadOnlyList<ProcurementLine> Procurement { get; init; }
    /// <summary>Procurement lines whose source of money no table states (matched to no project).</summary>
    public required IReadOnlySet<int> ProcurementFundUnknown { get; init; }
    public required PerformanceGoals Performance { get; init; }
    public required IReadOnlyList<Project> Projects { get; init; }
    /// <summary>Non-fiscal 项 (code, fund) whose last-year figure no table carries.</summary>
    public required IReadOnlySet<(string Code, FundSource Fund)> LeafLastYearUnknown { get; init; }
    /// <summary>Income sources whose last-year figure no table carries.</summary>
    public required IReadOnlySet<FundSource> IncomeLastYearUnknown { get; init; }
    /// <summary>职能职责 and 名词解释 from the workbook's text sheets (empty when it has none).</summary>
    public IReadOnlyList<string> Duties { get; init; } = [];
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];
    public bool DepartmentCodeKnown { get; init; }
    public bool DistrictKnown { get; init; }
    public bool UnitsKnown { get; init; }
}

/// <summary>Builds the model's figures from the tables of a workbook and checks the tables against each other.</summary>
internal sealed partial class ReportAssembler(ImportContext ctx, WorkbookTables tables, SourceMap map)
{
    private static readonly int[] FunctionalLengths = [3, 5, 7];
    private static readonly int[] EconomicLengths = [3, 5];
    private static readonly FundSource[] Fiscal = [FundSource.GeneralBudget, FundSource.GovernmentFund, FundSource.StateCapital];

    public WorkbookFigures Assemble()
    {
        tables.Require(TableKind.Expenditure, "支出功能分类的基本支出和项目支出来自此表");
        tables.Require(TableKind.General, "一般公共预算的支出和上年预算数来自此表");
        tables.Require(TableKind.BasicDepartment, "基本支出的部门预算支出经济分类、人员经费和公用经费来自此表");
        tables.Require(TableKind.BasicGovernment, "基本支出的政府预算支出经济分类和机关运行经费来自此表");
        tables.Require(TableKind.ThreePublic, "“三公”经费来自此表");
        tables.Require(TableKind.Procurement, "政府采购预算来自此表（没有政府采购时也应有此表及其说明）");
        tables.Require(TableKind.OverallPerformance, "部门整体绩效目标来自此表");

        var functional = Functional(out var leafLastYearUnknown);
        // 表十四 first: its 单位代码 name the units 表十三 lists by name only.
        var procurement = Procurement();
        var projects = Projects(functional);
        var procurementUnknown = new HashSet<int>();
        for (var i = 0; i < procurement.Count; i++)
        {
            var line = procurement[i];
            var project = projects.FirstOrDefault(p => line.Item.StartsWith(p.Code + "-", StringComparison.Ordinal));
            if (project is null)
            {
                procurementUnknown.Add(i);
            }
            else
            {
                procurement[i] = line with { Fund = project.FundOrDefault };
            }
        }
        var units = Units(out var unitsKnown);
        var (deptCode, codeKnown) = DepartmentCode();
        var income = Income(functional, out var incomeLastYearUnknown);
        var economic = Economic(functional);
        var (thisYear, lastYear) = ThreePublic();
        var performance = OverallPerformance(functional);
        CheckSummary(income, functional);
        CheckFiscalSummary(income, functional);

        return new WorkbookFigures
        {
            Department = new DepartmentInfo
            {
                Name = tables.DepartmentName ?? "",
                Code = deptCode,
                District = tables.District ?? "",
                Year = tables.Year ?? 0,
                AmountUnit = ctx.Unit,
                Units = units,
            },
            Income = income,
            Functional = functional,
            Economic = economic,
            ThreePublicThisYear = thisYear,
            ThreePublicLastYear = lastYear,
            AgencyOperatingAmount = AgencyOperating(economic),
            Procurement = procurement,
            ProcurementFundUnknown = procurementUnknown,
            Performance = performance,
            Projects = projects,
            LeafLastYearUnknown = leafLastYearUnknown,
            IncomeLastYearUnknown = incomeLastYearUnknown,
            DepartmentCodeKnown = codeKnown,
            Duties = tables.Duties,
            Glossary = tables.Glossary,
            DistrictKnown = tables.District is not null,
            UnitsKnown = unitsKnown,
        };
    }

    private decimal? AgencyOperating(EconomicClassification economic)
    {
        if (tables.Tree(TableKind.BasicGovernment) is not { } t || t.Rows.FirstOrDefault(r => r.Code == "502") is not { } row)
        {
            return economic.BasicGovernment.Count == 0 ? null : 0m;
        }
        map.Add("$.agencyOperating.amount", t.Sheet, row.Amounts["amount"].Cell);
        return row["amount"];
    }

    /// <summary>The department code: 部门代码 of 表十四, else 业务主管部门 "130-…" of 表十六/十七.</summary>
    private (string Code, bool Known) DepartmentCode()
    {
        if (_procurementDepartmentCode is { } code)
        {
            return (code, true);
        }
        if (_formDepartmentCode is { } formCode)
        {
            return (formCode, true);
        }
        return ("", false);
    }

    private string? _procurementDepartmentCode;
    private string? _formDepartmentCode;
}
