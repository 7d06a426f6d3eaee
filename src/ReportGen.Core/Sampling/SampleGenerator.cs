using ReportGen.Core.Model;
using static ReportGen.Core.Sampling.MoneySplitter;

namespace ReportGen.Core.Sampling;

/// <summary>
/// Generates realistic, valid synthetic departments for tests and benchmarks: varied sizes, with
/// and without 政府性基金 and 国有资本经营, 0–30 projects, 元 and 万元, increases, decreases, new and
/// unchanged items. Every figure is built from whole cents, so all totals add up by construction.
/// The same seed gives the same departments.
/// </summary>
public sealed partial class SampleGenerator
{
    private readonly Random _rnd;
    private readonly int _index;
    private readonly SampleCatalog.DepartmentKind _kind;
    private readonly string _district;
    private readonly int _year;
    private readonly AmountUnit _unit;
    private readonly decimal _unitFactor;
    private readonly string _deptCode;
    private readonly string _fullName;
    private readonly List<BudgetUnit> _units = [];

    private SampleGenerator(int seed, int index)
    {
        // One Random per department, seeded from (seed, index): department i is the same whatever the count.
        _rnd = new Random(unchecked(seed * 7919 + index * 104729));
        _index = index;
        _kind = Pick(SampleCatalog.Departments);
        _district = Pick(SampleCatalog.Districts);
        _year = 2024 + _rnd.Next(3);
        _unit = _rnd.NextDouble() < 0.3 ? AmountUnit.万元 : AmountUnit.元;
        _unitFactor = _unit == AmountUnit.元 ? 1m : 0.0001m;
        _deptCode = (100 + index % 900).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _fullName = $"重庆市{_district}{_kind.Name}";
    }

    /// <summary>The department with the given index for the given seed.</summary>
    public static BudgetReport Generate(int seed, int index) => new SampleGenerator(seed, index).Build();

    /// <summary>File stem for the department with the given index.</summary>
    public static string FileStem(int index) => $"sample-{index + 1:000}";

    private T Pick<T>(IReadOnlyList<T> items) => items[_rnd.Next(items.Count)];

    private bool Chance(double p) => _rnd.NextDouble() < p;

    /// <summary>A reason that fits the direction of the change; null when nothing changed.</summary>
    private string? ReasonFor(decimal now, decimal? last) =>
        last is not decimal l || l == now ? null : Pick(now > l ? SampleCatalog.IncreaseReasons : SampleCatalog.DecreaseReasons);

    private BudgetReport Build()
    {
        _units.Add(new BudgetUnit { Code = _deptCode + "001", Name = _fullName + "（本级）" });
        var subordinates = _kind.SubordinateNames.Take(_rnd.Next(_kind.SubordinateNames.Length + 1)).ToList();
        for (var i = 0; i < subordinates.Count; i++)
        {
            _units.Add(new BudgetUnit { Code = $"{_deptCode}{i + 2:000}", Name = "重庆市" + _district + subordinates[i][1..] });
        }

        var projects = BuildProjects();
        var functional = BuildFunctional(projects, subordinates.Count > 0);
        var economic = BuildEconomic(functional, subordinates.Count > 0);
        var threePublic = BuildThreePublic(economic);
        var agencyAmount = economic.BasicGovernment.Find("502")?.SumAmount() ?? 0m;

        return new BudgetReport
        {
            Department = new DepartmentInfo
            {
                Name = _fullName,
                ShortName = _kind.ShortName,
                Code = _deptCode,
                District = _district,
                Year = _year,
                AmountUnit = _unit,
                Units = _units,
            },
            Profile = BuildProfile(subordinates),
            Income = BuildIncome(functional.Leaves),
            Expenditure = new Expenditure
            {
                Functional = functional.Tree,
                LastYear = new BasicProjectAmount { Basic = ToMoney(functional.LastYearBasic), Project = ToMoney(functional.LastYearProject) },
                GeneralBudgetLastYear = functional.Leaves.All(l => l.Fund == FundSource.GeneralBudget) ? null : GeneralLastYear(functional.Leaves),
                BasicReason = ReasonFor(ToMoney(functional.Leaves.Where(l => !l.IsProject).Sum(l => l.Cents)), ToMoney(functional.LastYearBasic)),
                ProjectReason = ReasonFor(ToMoney(functional.Leaves.Where(l => l.IsProject).Sum(l => l.Cents)), ToMoney(functional.LastYearProject)),
                PersonnelUse = "保障在职人员工资福利及社会保险缴费、退休人员补助等",
                PublicUse = "保障部门正常运转的各项商品服务支出，主要包括办公费、邮电费、差旅费、工会经费、福利费等",
                ProjectUse = projects.Count == 0 ? null : "保障部门重点工作任务",
            },
            Economic = economic,
            ThreePublic = threePublic,
            AgencyOperating = new AgencyOperatingExpenses
            {
                LastYear = agencyAmount == 0m ? null : ToMoney(Vary(_rnd, (long)(agencyAmount * 100m))),
                Reason = "按实际需要调整公用经费",
                Uses = "办公费、邮电费、差旅费、工会经费、福利费等",
            },
            Procurement = BuildProcurement(projects),
            Performance = BuildOverallPerformance(),
            Projects = projects,
            Assets = new Assets
            {
                Vehicles = RandomVehicles(3),
                LargeEquipment = Chance(0.2) ? _rnd.Next(1, 4) : 0,
                PlannedVehicles = RandomVehicles(1),
                PlannedLargeEquipment = 0,
            },
            Glossary = StandardGlossary,
            Contact = new Contact { Person = Pick(Surnames) + Pick(GivenNames), Phone = $"023-6{_rnd.Next(1000000, 9999999)}" },
        };
    }

    private static BasicProjectAmount GeneralLastYear(IReadOnlyList<Leaf> leaves)
    {
        var general = leaves.Where(l => l.Fund == FundSource.GeneralBudget).ToList();
        return new BasicProjectAmount
        {
            Basic = ToMoney(general.Where(l => !l.IsProject).Sum(l => l.LastYearCents ?? 0)),
            Project = ToMoney(general.Where(l => l.IsProject).Sum(l => l.LastYearCents ?? 0)),
        };
    }

    private VehicleCounts RandomVehicles(int max) => new()
    {
        Confidential = _rnd.Next(max + 1),
        Emergency = Chance(0.3) ? _rnd.Next(max + 1) : 0,
        Enforcement = Chance(0.3) ? _rnd.Next(max + 1) : 0,
        SpecialTechnical = Chance(0.1) ? 1 : 0,
    };

    private Profile BuildProfile(List<string> subordinates)
    {
        var staff = _rnd.Next(8, 60);
        var workers = _rnd.Next(0, 3);
        var publicServants = staff - workers;
        var sections = SampleCatalog.Sections.OrderBy(_ => _rnd.Next()).Take(_rnd.Next(3, 7)).ToList();
        return new Profile
        {
            Duties =
            [
                $"贯彻执行国家和市、区有关{_kind.Name.Replace("委员会", "").Replace("局", "")}工作的方针政策和法律法规，拟订全区相关政策措施并组织实施。",
                "负责全区相关行业的统筹规划、监督管理和公共服务工作。",
                "组织推进相关领域改革，优化审批服务，提高行政效能。",
                "完成区委、区政府交办的其他任务。",
            ],
            Composition = new Composition
            {
                Nature = "区政府工作部门，正处级单位",
                Establishment = new Establishment
                {
                    Total = staff,
                    Categories = workers > 0
                        ? [new StaffCategory { Name = "公务员", Count = publicServants }, new StaffCategory { Name = "工勤人员", Count = workers }]
                        : [new StaffCategory { Name = "公务员", Count = publicServants }],
                },
                InternalSections = sections,
                SubordinateUnits = subordinates,
                SubordinateNote = subordinates.Count > 0 ? $"为{_kind.ShortName}所属的事业单位" : null,
            },
        };
    }

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐"];
    private static readonly string[] GivenNames = ["伟", "芳", "敏", "静", "磊", "洋", "婷", "强", "军", "丽"];

    private static readonly IReadOnlyList<GlossaryEntry> StandardGlossary =
    [
        new() { Term = "财政拨款收入", Definition = "指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。" },
        new() { Term = "其他收入", Definition = "指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。" },
        new() { Term = "基本支出", Definition = "指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。" },
        new() { Term = "项目支出", Definition = "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。" },
        new() { Term = "“三公”经费", Definition = "指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。" },
    ];
}
