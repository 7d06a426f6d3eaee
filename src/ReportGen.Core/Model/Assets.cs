namespace ReportGen.Core.Model;

/// <summary>国有资产占有使用情况: vehicles at the end of last year, large equipment, planned purchases.</summary>
public sealed record Assets
{
    public required VehicleCounts Vehicles { get; init; }
    /// <summary>单位价值100万元（含）以上设备（不含车辆）, 台（套）.</summary>
    public int LargeEquipment { get; init; }
    public required VehicleCounts PlannedVehicles { get; init; }
    public int PlannedLargeEquipment { get; init; }
}

public sealed record VehicleCounts
{
    /// <summary>领导干部用车（含在职和离退休部级干部用车）.</summary>
    public int Leader { get; init; }
    /// <summary>机要通信用车.</summary>
    public int Confidential { get; init; }
    /// <summary>应急保障用车.</summary>
    public int Emergency { get; init; }
    /// <summary>执法执勤用车.</summary>
    public int Enforcement { get; init; }
    /// <summary>特种专业技术用车.</summary>
    public int SpecialTechnical { get; init; }
    /// <summary>其他用车.</summary>
    public int Other { get; init; }
    /// <summary>Stated total, checked.</summary>
    public int? Total { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public int ComputedTotal => Leader + Confidential + Emergency + Enforcement + SpecialTechnical + Other;
}

/// <summary>名词解释.</summary>
public sealed record GlossaryEntry
{
    public required string Term { get; init; }
    public required string Definition { get; init; }
}

/// <summary>预算公开联系方式.</summary>
public sealed record Contact
{
    public required string Person { get; init; }
    public required string Phone { get; init; }
}
