using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Import.Assembly;

/// <summary>A value neither the workbook nor the text file gave: its JSON path and, in Chinese, what belongs there.</summary>
public sealed record MissingField(string Path, string Label, bool Numeric)
{
    /// <summary>The placeholder the JSON holds until someone fills it in.</summary>
    public string Placeholder => Core.Model.Placeholder.For(Label);
}

/// <summary>
/// Completes the workbook's figures with what no table holds, from a data file of the same department
/// (--text): texts are matched by code and name, never by position; figures of last year come from the
/// file's last-year figures when it is of the same year, from its this-year figures when it is last
/// year's file. A figure the workbook holds always comes from the workbook. Everything still missing is
/// recorded as a <see cref="MissingField"/> (the model keeps an empty value there).
/// </summary>
internal sealed class TextMerger(WorkbookFigures w, BudgetReport? text)
{
    private readonly List<MissingField> _missing = [];
    private readonly int _year = w.Department.Year;

    /// <summary>The text file is this year's file of the department (its last-year figures are ours).</summary>
    private bool SameYear => text is not null && text.Department.Year == _year;

    /// <summary>The text file is last year's (its this-year figures are our last year's).</summary>
    private bool LastYearFile => text is not null && text.Department.Year == _year - 1;

    private int LastYear => _year - 1;

    public IReadOnlyList<MissingField> Missing => _missing;

    /// <summary>A text of the file, unless it is itself still a 【待填写】 placeholder (e.g. a next-year file): then it is missing here too.</summary>
    private static string? Given(string? value) => Core.Model.Placeholder.IsIn(value) ? null : value;

    private string Text(string path, string? value, string label)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }
        _missing.Add(new MissingField(path, label, false));
        return "";
    }

    private decimal? Figure(string path, decimal? value, string label)
    {
        if (value is not null)
        {
            return value;
        }
        _missing.Add(new MissingField(path, label, true));
        return null;
    }

    private int Count(string path, int? value, string label)
    {
        if (value is int n)
        {
            return n;
        }
        _missing.Add(new MissingField(path, label, true));
        return 0;
    }

    public BudgetReport Merge()
    {
        var d = w.Department;
        var department = d with
        {
            Name = Text("$.department.name", d.Name.Length > 0 ? d.Name : text?.Department.Name, "部门全称"),
            ShortName = text?.Department.ShortName,
            Code = Text("$.department.code", w.DepartmentCodeKnown ? d.Code : text?.Department.Code, "部门编码（预算系统中的部门代码，如 130）"),
            District = Text("$.department.district", w.DistrictKnown ? d.District : text?.Department.District, "区县名称（如 渝北区）"),
            Year = d.Year != 0 ? d.Year : Count("$.department.year", null, "预算年度（如 2024）"),
            DisplayUnit = text?.Department.AmountUnit == d.AmountUnit ? text.Department.DisplayUnit : null,
            Units = Units(),
        };
        return new BudgetReport
        {
            Department = department,
            Profile = Profile(),
            Income = Income(),
            Expenditure = Expenditure(),
            Economic = w.Economic,
            ThreePublic = new ThreePublicExpenses
            {
                ThisYear = w.ThreePublicThisYear,
                LastYear = w.ThreePublicLastYear,
                Reasons = SameYear ? Reasons(text!.ThreePublic.Reasons) : new ThreePublicReasons(),
            },
            AgencyOperating = AgencyOperating(),
            Procurement = Procurement(),
            Performance = Performance(),
            Projects = Projects(),
            Assets = Assets(),
            Glossary = Glossary(),
            Contact = new Contact
            {
                Person = Text("$.contact.person", Given(text?.Contact.Person), "预算公开联系人姓名"),
                Phone = Text("$.contact.phone", Given(text?.Contact.Phone), "联系电话（如 023-67376826）"),
            },
        };
    }

    private static ThreePublicReasons Reasons(ThreePublicReasons r) => new()
    {
        Total = Given(r.Total),
        Abroad = Given(r.Abroad),
        Reception = Given(r.Reception),
        VehiclePurchase = Given(r.VehiclePurchase),
        VehicleOperation = Given(r.VehicleOperation),
    };

    private IReadOnlyList<BudgetUnit> Units()
    {
        if (text is not null && text.Department.Units.Count > 0)
        {
            // The file's units in its order (本级 first), with units only the workbook names (e.g. a new one) after them.
            var known = text.Department.Units.Select(u => w.Department.Units.FirstOrDefault(x => x.Code == u.Code) is { Name.Length: > 0 } x ? x : u);
            return [.. known.Concat(w.Department.Units.Where(u => !text.Department.Units.Any(t => t.Code == u.Code)))];
        }
        if (w.UnitsKnown)
        {
            return [.. w.Department.Units.Select((u, i) => u.Name.Length > 0 ? u : u with
            {
                Name = Text($"$.department.units[{i}].name", null, $"单位“{u.Code}”的名称"),
            })];
        }
        return [new BudgetUnit
        {
            Code = Text("$.department.units[0].code", null, "本级单位编码（如 130001）"),
            Name = Text("$.department.units[0].name", null, "本级单位名称（如 …（本级））"),
        }];
    }

    private Profile Profile()
    {
        if (text is not null)
        {
            return w.Duties.Count > 0 ? text.Profile with { Duties = w.Duties } : text.Profile;
        }
        return new Profile
        {
            Duties = w.Duties.Count > 0 ? w.Duties : [Text("$.profile.duties[0]", null, "职能职责（每条职责一项，不写“一是”“二是”）")],
            Composition = new Composition
            {
                Nature = Text("$.profile.composition.nature", null, "单位性质和级别（如 区政府工作部门，正处级单位）"),
                Establishment = new Establishment { Total = Count("$.profile.composition.establishment.total", null, "编制总数（人）") },
            },
        };
    }

    /// <summary>收入 as the workbook gives it; a source's last-year figure no table holds comes from the text file.</summary>
    private Income Income()
    {
        var income = w.Income;
        foreach (var fund in Enum.GetValues<FundSource>())
        {
            if (income.Get(fund) is not { LastYear: null } current)
            {
                continue;
            }
            IncomeAmount filled;
            if (SameYear)
            {
                filled = current with { LastYear = text!.Income.Get(fund)?.LastYear };
            }
            else
            {
                decimal? last = LastYearFile ? text!.Income.Get(fund)?.Amount ?? 0m : null;
                filled = current with { LastYear = Figure($"$.income.{BudgetJson.EnumName(fund)}.lastYear", last, $"{LastYear}年{fund.ChineseName()}预算数") };
            }
            income = Set(income, fund, filled);
        }
        return income;
    }

    private static Income Set(Income income, FundSource fund, IncomeAmount value) => fund switch
    {
        FundSource.GeneralBudget => income with { GeneralBudget = value },
        FundSource.GovernmentFund => income with { GovernmentFund = value },
        FundSource.StateCapital => income with { StateCapital = value },
        FundSource.SpecialAccount => income with { SpecialAccount = value },
        FundSource.Business => income with { Business = value },
        FundSource.SuperiorSubsidy => income with { SuperiorSubsidy = value },
        FundSource.SubordinateRemittance => income with { SubordinateRemittance = value },
        FundSource.Operating => income with { Operating = value },
        FundSource.Other => income with { Other = value },
        FundSource.CarryOver => income with { CarryOver = value },
        _ => income with { BusinessFund = value },
    };

    private Expenditure Expenditure()
    {
        var functional = Functional(w.Functional, "$.expenditure.functional");
        var leaves = functional.Leaves().ToList();
        var x = SameYear ? text!.Expenditure : null;
        BasicProjectAmount lastYear;
        if (SameYear)
        {
            lastYear = x!.LastYear;
        }
        else if (LastYearFile)
        {
            lastYear = new BasicProjectAmount { Basic = text!.TotalBasic(), Project = text!.TotalProject() };
        }
        else
        {
            lastYear = new BasicProjectAmount
            {
                Basic = Figure("$.expenditure.lastYear.basic", null, $"{LastYear}年基本支出预算数（全部资金来源）") ?? 0m,
                Project = Figure("$.expenditure.lastYear.project", null, $"{LastYear}年项目支出预算数（全部资金来源）") ?? 0m,
            };
        }
        BasicProjectAmount? generalLastYear = null;
        if (leaves.Any(l => l.FundOrDefault != FundSource.GeneralBudget))
        {
            if (SameYear && x!.GeneralBudgetLastYear is { } g)
            {
                generalLastYear = g;
            }
            else if (LastYearFile)
            {
                var general = text!.FunctionalOf(FundSource.GeneralBudget);
                generalLastYear = new BasicProjectAmount { Basic = general.Sum(i => i.SumBasic()), Project = general.Sum(i => i.SumProject()) };
            }
            else
            {
                generalLastYear = new BasicProjectAmount
                {
                    Basic = Figure("$.expenditure.generalBudgetLastYear.basic", null, $"{LastYear}年一般公共预算基本支出预算数") ?? 0m,
                    Project = Figure("$.expenditure.generalBudgetLastYear.project", null, $"{LastYear}年一般公共预算项目支出预算数") ?? 0m,
                };
            }
        }
        var basic = leaves.Sum(l => l.Basic ?? 0m);
        var project = leaves.Sum(l => l.Project ?? 0m);
        var personnel = w.Economic.BasicDepartment.SumOfKind(CostKind.Personnel);
        var @public = w.Economic.BasicDepartment.SumOfKind(CostKind.Public);
        var kept = text?.Expenditure;
        return new Expenditure
        {
            Functional = functional,
            LastYear = lastYear,
            GeneralBudgetLastYear = generalLastYear,
            BasicReason = Given(x?.BasicReason),
            ProjectReason = Given(x?.ProjectReason),
            PersonnelUse = personnel == 0m ? Given(kept?.PersonnelUse) : Text("$.expenditure.personnelUse", Given(kept?.PersonnelUse), "人员经费主要用于……（“主要用于”后面的文字）"),
            PublicUse = @public == 0m ? Given(kept?.PublicUse) : Text("$.expenditure.publicUse", Given(kept?.PublicUse), "公用经费主要用于……（“主要用于”后面的文字）"),
            ProjectUse = project == 0m ? Given(kept?.ProjectUse) : Text("$.expenditure.projectUse", Given(kept?.ProjectUse), "项目支出主要用于……（“主要用于”后面的文字）"),
        };
    }

    /// <summary>The tree with last-year figures and reasons of the 项 completed from the text file, matched by code and source.</summary>
    private List<FunctionalItem> Functional(IReadOnlyList<FunctionalItem> items, string listPath)
    {
        var result = new List<FunctionalItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var path = $"{listPath}[{i}]";
            if (!item.IsLeaf)
            {
                result.Add(item with { Children = Functional(item.Children, path + ".children") });
                continue;
            }
            var fund = item.FundOrDefault;
            var same = TextLeaf(item.Code, fund);
            var leaf = item;
            if (w.LeafLastYearUnknown.Contains((item.Code, fund)))
            {
                decimal? last = SameYear ? same?.LastYear
                    : LastYearFile ? same?.SumTotal()
                    : null;
                // In last year's file an absent 项 is new this year (no last-year figure); otherwise it must be filled in.
                leaf = LastYearFile || SameYear && same is not null && same.LastYear is null
                    ? leaf with { LastYear = last }
                    : leaf with { LastYear = Figure(path + ".lastYear", last, $"“{item.Code} {item.Name}”（{fund.ChineseName()}）{LastYear}年预算数（新增科目可删除此字段）") };
            }
            if (SameYear)
            {
                leaf = leaf with { Reason = Given((same ?? TextLeaf(item.Code, null))?.Reason) };
            }
            result.Add(leaf);
        }
        return result;
    }

    private FunctionalItem? TextLeaf(string code, FundSource? fund) =>
        text?.Expenditure.Functional.Leaves().FirstOrDefault(l => l.Code == code && (fund is null || l.FundOrDefault == fund));

    private AgencyOperatingExpenses AgencyOperating()
    {
        var kept = text?.AgencyOperating;
        decimal? last = SameYear ? kept!.LastYear : LastYearFile ? text!.AgencyOperatingAmount() : null;
        var amount = w.AgencyOperatingAmount ?? 0m;
        return new AgencyOperatingExpenses
        {
            Amount = w.AgencyOperatingAmount,
            LastYear = SameYear && last is null ? null : Figure("$.agencyOperating.lastYear", last, $"{LastYear}年机关运行经费预算数"),
            Reason = SameYear ? Given(kept!.Reason) : null,
            Uses = amount == 0m ? Given(kept?.Uses) : Text("$.agencyOperating.uses", Given(kept?.Uses), "机关运行经费主要用于……（“主要用于”后面的文字）"),
        };
    }

    private IReadOnlyList<ProcurementLine> Procurement() =>
        [.. w.Procurement.Select((line, i) => w.ProcurementFundUnknown.Contains(i)
            && text?.Procurement.FirstOrDefault(t => t.Unit == line.Unit && t.Item == line.Item) is { } known
                ? line with { Fund = known.FundOrDefault }
                : line)];

    private PerformanceGoals Performance()
    {
        var p = w.Performance;
        if (p.OverallGoals.Count > 0)
        {
            return p;
        }
        if (SameYear && text!.Performance.OverallGoals.Count > 0 && !text.Performance.OverallGoals.Any(Core.Model.Placeholder.IsIn))
        {
            return p with { OverallGoals = text.Performance.OverallGoals, Indicators = p.Indicators.Count > 0 ? p.Indicators : text.Performance.Indicators };
        }
        return p with { OverallGoals = [Text("$.performance.overallGoals[0]", null, "当年整体绩效目标（表十五）")] };
    }

    private IReadOnlyList<Project> Projects() =>
        [.. w.Projects.Select(p => text?.Projects.FirstOrDefault(t => t.Code == p.Code) is not { } t ? p : p with
        {
            Overview = p.Overview ?? Given(t.Overview),
            Basis = p.Basis ?? Given(t.Basis),
            Goal = p.Goal ?? Given(t.Goal),
            Indicators = p.Indicators.Count > 0 ? p.Indicators : t.Indicators,
        })];

    private Assets Assets()
    {
        if (SameYear)
        {
            return text!.Assets;
        }
        VehicleCounts Vehicles(string path, string when) => new()
        {
            Leader = Count(path + ".leader", null, $"{when}领导干部用车（辆）"),
            Confidential = Count(path + ".confidential", null, $"{when}机要通信用车（辆）"),
            Emergency = Count(path + ".emergency", null, $"{when}应急保障用车（辆）"),
            Enforcement = Count(path + ".enforcement", null, $"{when}执法执勤用车（辆）"),
            SpecialTechnical = Count(path + ".specialTechnical", null, $"{when}特种专业技术用车（辆）"),
            Other = Count(path + ".other", null, $"{when}其他用车（辆）"),
        };
        return new Assets
        {
            Vehicles = Vehicles("$.assets.vehicles", $"截至{LastYear}年12月底"),
            LargeEquipment = Count("$.assets.largeEquipment", null, $"截至{LastYear}年12月底单位价值100万元（含）以上设备（台/套）"),
            PlannedVehicles = Vehicles("$.assets.plannedVehicles", $"{_year}年一般公共预算拟购置"),
            PlannedLargeEquipment = Count("$.assets.plannedLargeEquipment", null, $"{_year}年拟购置单位价值100万元（含）以上设备（台/套）"),
        };
    }

    private IReadOnlyList<GlossaryEntry> Glossary()
    {
        if (w.Glossary.Count > 0)
        {
            return w.Glossary;
        }
        if (text is not null && text.Glossary.Count > 0)
        {
            return text.Glossary;
        }
        return [new GlossaryEntry
        {
            Term = Text("$.glossary[0].term", null, "名词（如 基本支出）"),
            Definition = Text("$.glossary[0].definition", null, "名词解释（如 指为保障机构正常运转……）"),
        }];
    }
}
