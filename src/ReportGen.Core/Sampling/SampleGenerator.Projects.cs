using System.Globalization;
using ReportGen.Core.Model;
using static ReportGen.Core.Sampling.MoneySplitter;

namespace ReportGen.Core.Sampling;

public sealed partial class SampleGenerator
{
    private List<Project> BuildProjects()
    {
        var count = Chance(0.1) ? 0 : _rnd.Next(1, 31);
        var hasGovernmentFund = Chance(0.3);
        var hasStateCapital = Chance(0.1);
        var projects = new List<Project>();
        for (var i = 0; i < count; i++)
        {
            SampleCatalog.FunctionCode item;
            FundSource? fund = null;
            if (hasGovernmentFund && (i == 0 || Chance(0.15)))
            {
                item = Pick(SampleCatalog.GovernmentFundItems);
                fund = FundSource.GovernmentFund;
            }
            else if (hasStateCapital && i == 1)
            {
                item = SampleCatalog.StateCapitalItem;
                fund = FundSource.StateCapital;
            }
            else
            {
                item = Pick(_kind.ProjectItems);
            }
            var amount = Cents(50_000m + 2_950_000m * (decimal)_rnd.NextDouble());
            var town = Chance(0.2) ? amount / 5 : 0;
            var code = string.Create(CultureInfo.InvariantCulture, $"5001{12 + _index % 80:00}{_year % 100:00}T{_rnd.NextInt64(1, 999_999_999_999):000000000000}");
            var name = Pick(SampleCatalog.ProjectNames);
            projects.Add(new Project
            {
                Code = code,
                Name = name,
                Unit = Pick(_units).Code,
                FunctionCode = item.Code,
                Fund = fund,
                Category = Chance(0.1) ? ProjectCategory.Key : ProjectCategory.General,
                DistrictAmount = ToMoney(amount - town),
                TownAmount = ToMoney(town),
                Overview = $"用于保障{name.Replace("经费", "")}相关工作的开展。",
                Basis = Chance(0.5) ? $"《{_district}{_year}年预算编制工作方案》" : null,
                Goal = $"按时完成{name.Replace("经费", "")}相关工作任务，提升服务质量和群众满意度。",
                Indicators = ProjectIndicators(),
            });
        }
        return projects;
    }

    private List<Indicator> ProjectIndicators()
    {
        Indicator[] pool =
        [
            new() { Name = "预算执行率", Weight = 0, Unit = "%", Nature = "=", Value = "100" },
            new() { Name = "产出指标时效指标按时完成率", Weight = 0, Unit = "%", Nature = "≥", Value = "95" },
            new() { Name = "产出指标质量指标验收合格率", Weight = 0, Unit = "%", Nature = "≥", Value = "95", Core = true },
            new() { Name = "产出指标数量指标覆盖率", Weight = 0, Unit = "%", Nature = "≥", Value = "90" },
            new() { Name = "成本指标经济成本指标成本控制率", Weight = 0, Unit = "%", Nature = "≤", Value = "100" },
            new() { Name = "效益指标社会效益指标工作质量", Weight = 0, Unit = "", Nature = "定性", Value = "优良中低差" },
            new() { Name = "满意度指标服务对象满意度指标群众满意率", Weight = 0, Unit = "%", Nature = "≥", Value = "90" },
        ];
        var chosen = pool.Take(_rnd.Next(3, pool.Length + 1)).ToList();
        var weights = Split(_rnd, 100, chosen.Count);
        return chosen.Select((ind, i) => ind with { Weight = weights[i] }).ToList();
    }

    private PerformanceGoals BuildOverallPerformance()
    {
        var indicators = ProjectIndicators();
        return new PerformanceGoals
        {
            OverallGoals =
            [
                "完成年度内本单位职能职责任务及区委、区政府交办的其他任务；",
                "加强预算管理，提高财政资金使用效益；",
                "提升公共服务水平，提高群众满意度。",
            ],
            Indicators = indicators,
        };
    }

    private List<ProcurementLine> BuildProcurement(IReadOnlyList<Project> projects)
    {
        var lines = new List<ProcurementLine>();
        foreach (var p in projects.Where(p => p.FundOrDefault == FundSource.GeneralBudget).Take(_rnd.Next(0, 5)))
        {
            var cents = (long)(p.Amount * 100m);
            var buy = cents * _rnd.Next(3, 10) / 10;
            var kind = _rnd.Next(3);
            lines.Add(new ProcurementLine
            {
                Unit = p.Unit,
                Item = p.Code + "-" + p.Name,
                Goods = kind == 0 ? ToMoney(buy) : 0m,
                Works = kind == 1 ? ToMoney(buy) : 0m,
                Services = kind == 2 ? ToMoney(buy) : 0m,
            });
        }
        return lines;
    }
}
