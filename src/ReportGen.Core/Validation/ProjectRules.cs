using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>项目 (绩效, 明细): they add up to 项目支出 per 功能科目 and fund and in total; codes unique; units known; indicators sane.</summary>
internal static class ProjectRules
{
    private static readonly string[] Natures = ["≥", "≤", "=", "定性"];

    public static void Check(ValidationContext ctx)
    {
        var r = ctx.Report;
        var leaves = LeafPaths(r);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < r.Projects.Count; i++)
        {
            var p = r.Projects[i];
            var path = $"$.projects[{i}]";
            if (!codes.TryAdd(p.Code, path))
            {
                ctx.Error(ValidationRules.CodeDuplicate, path + ".code", $"项目编码“{p.Code}”重复出现（首次出现于 {codes[p.Code]}）");
            }
            UnitRules.CheckUnit(ctx, path + ".unit", p.Unit);
            if (!leaves.ContainsKey((p.FunctionCode, p.FundOrDefault)))
            {
                ctx.Error(ValidationRules.Projects, path + ".functionCode",
                    $"功能科目“{p.FunctionCode}”（{p.FundOrDefault.ChineseName()}）不是支出功能分类中的项级科目");
            }
            CheckIndicators(ctx, p.Indicators, path + ".indicators");
        }
        CheckIndicators(ctx, r.Performance.Indicators, "$.performance.indicators");
        CheckSums(ctx, leaves);
    }

    private static void CheckSums(ValidationContext ctx, Dictionary<(string Code, FundSource Fund), FunctionalItem> leaves)
    {
        var r = ctx.Report;
        foreach (var ((code, fund), leaf) in leaves)
        {
            var projects = r.Projects.Where(p => p.FunctionCode == code && p.FundOrDefault == fund).ToList();
            var sum = projects.Sum(p => p.Amount);
            if (sum != leaf.SumProject())
            {
                ctx.Error(ValidationRules.Projects, "$.projects",
                    ctx.Mismatch($"功能科目“{code} {leaf.Name}”（{fund.ChineseName()}）下的项目预算之和", leaf.SumProject(), sum,
                        $"该科目的项目支出；项目 {projects.Count} 个"));
            }
        }
        ctx.CheckStated(ValidationRules.Projects, "$.projects", "项目明细合计", r.TotalProject(), r.Projects.Sum(p => p.Amount), "项目支出合计");
    }

    private static void CheckIndicators(ValidationContext ctx, IReadOnlyList<Indicator> indicators, string path)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            if (!Natures.Contains(indicators[i].Nature, StringComparer.Ordinal))
            {
                ctx.Error(ValidationRules.IndicatorNature, $"{path}[{i}].nature", $"指标性质应为 ≥、≤、= 或 定性，实际为“{indicators[i].Nature}”");
            }
        }
        var total = indicators.Sum(x => x.Weight);
        if (indicators.Any(x => x.Weight != 0) && total != 100m)
        {
            ctx.Warning(ValidationRules.IndicatorWeights, path,
                $"指标权重之和应为 100，实际为 {ValidationContext.Count(total)}，相差 {ValidationContext.Count(Math.Abs(100m - total))}");
        }
    }

    private static Dictionary<(string, FundSource), FunctionalItem> LeafPaths(BudgetReport r)
    {
        var result = new Dictionary<(string, FundSource), FunctionalItem>();
        foreach (var leaf in r.Expenditure.Functional.Leaves())
        {
            result.TryAdd((leaf.Code, leaf.FundOrDefault), leaf);
        }
        return result;
    }
}
