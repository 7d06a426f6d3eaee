namespace ReportGen.Core.Model;

/// <summary>
/// One department's budget for one year: the input contract (its JSON form is documented in
/// docs/data-format.md and schemas/budget.schema.json). Money is decimal everywhere. Values the
/// input states but that can be derived (totals of tree nodes, income by source) are checked
/// against the derived ones by the validator.
/// </summary>
public sealed record BudgetReport
{
    /// <summary>The JSON Schema reference editors use; ignored by the tool.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required DepartmentInfo Department { get; init; }
    public required Profile Profile { get; init; }
    public required Income Income { get; init; }
    public required Expenditure Expenditure { get; init; }
    public required EconomicClassification Economic { get; init; }
    public required ThreePublicExpenses ThreePublic { get; init; }
    public required AgencyOperatingExpenses AgencyOperating { get; init; }
    public IReadOnlyList<ProcurementLine> Procurement { get; init => field = value ?? []; } = [];
    public required PerformanceGoals Performance { get; init; }
    public IReadOnlyList<Project> Projects { get; init => field = value ?? []; } = [];
    public required Assets Assets { get; init; }
    public IReadOnlyList<GlossaryEntry> Glossary { get; init => field = value ?? []; } = [];
    public required Contact Contact { get; init; }
}

/// <summary>Amount display unit of the whole document.</summary>
public enum AmountUnit
{
    元,
    万元,
}

public sealed record DepartmentInfo
{
    /// <summary>Full name, e.g. 重庆市渝北区政务服务管理办公室.</summary>
    public required string Name { get; init; }
    /// <summary>Short name used in the text after its first mention, e.g. 政务办 (以下简称“政务办”).</summary>
    public string? ShortName { get; init; }
    /// <summary>Department code in the budget system, e.g. 130.</summary>
    public required string Code { get; init; }
    /// <summary>District (or county/city) whose tables these are, e.g. 渝北区.</summary>
    public required string District { get; init; }
    /// <summary>Budget year, e.g. 2024.</summary>
    public required int Year { get; init; }
    /// <summary>
    /// Unit of every amount in this file: 元 (as the budget system exports) or 万元 (as transcribed
    /// from a document published in 万元). It is also the unit the document shows, unless
    /// <see cref="DisplayUnit"/> says otherwise.
    /// </summary>
    public AmountUnit AmountUnit { get; init; } = AmountUnit.元;
    /// <summary>
    /// Unit the document shows amounts in; default <see cref="AmountUnit"/>. Data in 元 may be shown
    /// in 万元 (converted, two decimals); data in 万元 cannot be shown in 元.
    /// </summary>
    public AmountUnit? DisplayUnit { get; init; }

    /// <summary>The unit the document shows.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public AmountUnit EffectiveDisplayUnit => DisplayUnit ?? AmountUnit;
    /// <summary>Budget units: 本级 first, then subordinate units.</summary>
    public required IReadOnlyList<BudgetUnit> Units { get; init; }
}

public sealed record BudgetUnit
{
    /// <summary>Unit code, e.g. 130001.</summary>
    public required string Code { get; init; }
    /// <summary>Unit name, e.g. 重庆市渝北区政务服务管理办公室（本级）.</summary>
    public required string Name { get; init; }
}

public sealed record Profile
{
    /// <summary>职能职责: one item each, without the "一是" numbering (the template adds it).</summary>
    public required IReadOnlyList<string> Duties { get; init; }
    public required Composition Composition { get; init; }
}

/// <summary>单位构成.</summary>
public sealed record Composition
{
    /// <summary>Nature and rank, e.g. 区政府工作部门，正处级单位.</summary>
    public required string Nature { get; init; }
    public required Establishment Establishment { get; init; }
    /// <summary>内设科室.</summary>
    public IReadOnlyList<string> InternalSections { get; init => field = value ?? []; } = [];
    /// <summary>下属单位.</summary>
    public IReadOnlyList<string> SubordinateUnits { get; init => field = value ?? []; } = [];
    /// <summary>What the subordinate units are, e.g. 为区政务办管理的正科级事业单位.</summary>
    public string? SubordinateNote { get; init; }
    /// <summary>Further sentences (入驻人员, 管理方式 …), each a complete sentence.</summary>
    public IReadOnlyList<string> Notes { get; init => field = value ?? []; } = [];
}

/// <summary>编制: the total and its breakdown by category.</summary>
public sealed record Establishment
{
    public required int Total { get; init; }
    public IReadOnlyList<StaffCategory> Categories { get; init => field = value ?? []; } = [];
}

public sealed record StaffCategory
{
    public required string Name { get; init; }
    public required int Count { get; init; }
}
