using ReportGen.Core.Model;
using static ReportGen.Core.Sampling.MoneySplitter;

namespace ReportGen.Core.Sampling;

public sealed partial class SampleGenerator
{
    private const string Reception = "30217";
    private const string VehicleOperation = "30231";
    private const string Abroad = "30212";

    /// <summary>
    /// The four economic trees of 一般公共预算: 基本支出 split into 人员经费 (301, 303) and 公用经费 (302)
    /// by 部门经济分类, and the same money by 政府经济分类 (501/502 for the 机关, 505 for 事业单位, 509);
    /// 项目支出 by both classifications.
    /// </summary>
    private EconomicClassification BuildEconomic(FunctionalResult functional, bool hasSubordinates)
    {
        var general = functional.Leaves.Where(l => l.Fund == FundSource.GeneralBudget).ToList();
        var basic = general.Where(l => !l.IsProject).Sum(l => l.Cents);
        var project = general.Where(l => l.IsProject).Sum(l => l.Cents);

        var personnel = (long)(basic * 0.78);
        var families = (long)(personnel * 0.03);
        var wages = personnel - families;
        var publicCost = basic - personnel;

        var d301 = Node("301", "工资福利支出", SampleCatalog.Dept301, wages);
        var d303 = Node("303", "对个人和家庭的补助", SampleCatalog.Dept303.Take(_rnd.Next(1, 4)).ToArray(), families);
        var publicItems = SampleCatalog.Dept302.ToList();
        publicItems.Add((Reception, "公务接待费"));
        if (Chance(0.7))
        {
            publicItems.Add((VehicleOperation, "公务用车运行维护费"));
        }
        if (Chance(0.1))
        {
            publicItems.Add((Abroad, "因公出国（境）费用"));
        }
        var d302 = Node("302", "商品和服务支出", [.. publicItems.OrderBy(i => i.Item1, StringComparer.Ordinal)], publicCost);

        // 政府经济分类: a share of the money belongs to 事业单位 (505) when there are subordinate units.
        var instWages = hasSubordinates ? (long)(wages * 0.3) : 0;
        var instPublic = hasSubordinates ? (long)(publicCost * 0.3) : 0;
        var government = new List<EconomicItem>
        {
            Node("501", "机关工资福利支出", [("50101", "工资奖金津补贴"), ("50102", "社会保障缴费"), ("50103", "住房公积金"), ("50199", "其他工资福利支出")], wages - instWages),
            Node("502", "机关商品和服务支出", [("50201", "办公经费"), ("50206", "公务接待费"), ("50208", "公务用车运行维护费"), ("50299", "其他商品和服务支出")], publicCost - instPublic),
        };
        if (hasSubordinates)
        {
            government.Add(Node("505", "对事业单位经常性补助", [("50501", "工资福利支出"), ("50502", "商品和服务支出")], instWages + instPublic, [instWages, instPublic]));
        }
        government.Add(Node("509", "对个人和家庭的补助", [("50901", "社会福利和救助")], families));

        return new EconomicClassification
        {
            BasicDepartment = [d301, d302, d303],
            BasicGovernment = government,
            ProjectDepartment = project == 0 ? [] : [Node("302", "商品和服务支出", SampleCatalog.ProjectDept302.Take(_rnd.Next(2, 8)).ToArray(), project)],
            ProjectGovernment = project == 0 ? [] : [Node("502", "机关商品和服务支出", [("50201", "办公经费"), ("50205", "委托业务费"), ("50209", "维修（护）费"), ("50299", "其他商品和服务支出")], project)],
        };
    }

    /// <summary>A 类 with its 款 sharing <paramref name="total"/> cents (randomly, or as <paramref name="parts"/> says).</summary>
    private EconomicItem Node(string code, string name, (string Code, string Name)[] items, long total, long[]? parts = null)
    {
        parts ??= Split(_rnd, total, items.Length);
        var children = items.Select((it, i) => new EconomicItem { Code = it.Code, Name = it.Name, Amount = ToMoney(parts[i]) })
            .Where(c => c.Amount > 0m)
            .ToList();
        return new EconomicItem { Code = code, Name = name, Children = children };
    }

    /// <summary>“三公” this year comes from the economic items (公务接待费, 公务用车运行维护费, 因公出国（境）费用); last year varies.</summary>
    private ThreePublicExpenses BuildThreePublic(EconomicClassification economic)
    {
        decimal Of(string code) => economic.BasicDepartment.Find(code)?.SumAmount() ?? 0m;
        var thisYear = new ThreePublicAmounts { Abroad = Of(Abroad), Reception = Of(Reception), VehicleOperation = Of(VehicleOperation) };
        decimal Last(decimal v) => v == 0m ? (Chance(0.2) ? ToMoney(Cents(20_000m)) : 0m) : ToMoney(Vary(_rnd, (long)(v * 100m), 0.3));
        var lastYear = new ThreePublicAmounts
        {
            Abroad = Last(thisYear.Abroad),
            Reception = Last(thisYear.Reception),
            VehicleOperation = Last(thisYear.VehicleOperation),
        };
        string? Why(decimal now, decimal last) =>
            now == last ? null : now > last ? "公务活动增加，按实际需要调增" : "厉行节约，按预算定额标准调减";
        return new ThreePublicExpenses
        {
            ThisYear = thisYear,
            LastYear = lastYear,
            Reasons = new ThreePublicReasons
            {
                Abroad = Why(thisYear.Abroad, lastYear.Abroad),
                Reception = Why(thisYear.Reception, lastYear.Reception),
                VehicleOperation = Why(thisYear.VehicleOperation, lastYear.VehicleOperation),
            },
        };
    }
}
