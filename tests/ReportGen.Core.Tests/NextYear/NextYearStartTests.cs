using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.NextYear;
using ReportGen.Core.Sampling;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.NextYear;

public sealed class NextYearStartTests
{
    private static readonly Lazy<BudgetReport> Old = new(TestData.LoadReference);
    private static readonly Lazy<NextYearResult> Next = new(() => NextYearStart.From(Old.Value));

    private static BudgetReport New => Next.Value.Report;

    [Fact]
    public void Year_advances()
    {
        Assert.Equal(2025, New.Department.Year);
        Assert.Equal(Old.Value.Department with { Year = 2025 }, New.Department);
    }

    [Fact]
    public void Every_functional_last_year_is_the_old_this_year()
    {
        var pairs = Old.Value.Expenditure.Functional.Walk().Zip(New.Expenditure.Functional.Walk()).ToList();
        Assert.Equal(17, pairs.Count);
        foreach (var (old, @new) in pairs)
        {
            Assert.Equal(old.Item.Code, @new.Item.Code);
            Assert.Equal(old.Item.SumTotal(), @new.Item.LastYear);
            Assert.Equal(old.Item.SumTotal(), @new.Item.SumLastYear());
            Assert.Null(@new.Item.Basic);
            Assert.Null(@new.Item.Project);
            Assert.Null(@new.Item.Total);
        }
        var leaf = New.Expenditure.Functional.Leaves().Single(l => l.Code == "2010306");
        Assert.Equal(12630000.00m, leaf.LastYear);
    }

    [Fact]
    public void Income_expenditure_three_public_and_agency_last_year_are_the_old_this_year()
    {
        Assert.Equal(new IncomeAmount { Amount = 0m, LastYear = 17625499.55m }, New.Income.GeneralBudget);
        Assert.Null(New.Income.GovernmentFund);
        Assert.Equal(new BasicProjectAmount { Basic = 4995499.55m, Project = 12630000.00m }, New.Expenditure.LastYear);
        Assert.Equal(Old.Value.ThreePublic.ThisYear, New.ThreePublic.LastYear);
        Assert.Equal(87500m, New.ThreePublic.LastYear.ComputedTotal);
        Assert.Equal(675095.74m, New.AgencyOperating.LastYear);
        // Every item is 一般公共预算 and the reference states no generalBudgetLastYear: none is needed.
        Assert.Null(New.Expenditure.GeneralBudgetLastYear);
    }

    [Fact]
    public void This_year_figures_are_cleared_not_carried_over()
    {
        Assert.Equal(0m, New.TotalExpenditure());
        Assert.Equal(0m, New.Income.Total);
        Assert.Equal(0m, New.ThreePublic.ThisYear.ComputedTotal);
        Assert.Equal(0m, New.Economic.BasicDepartment.SumAmount() + New.Economic.BasicGovernment.SumAmount());
        Assert.Null(New.Economic.PersonnelTotal);
        Assert.Null(New.AgencyOperating.Amount);
        Assert.All(New.Projects, p => Assert.Equal(0m, p.Amount));
        Assert.Empty(New.Procurement);
        Assert.Equal(0, New.Assets.PlannedVehicles.ComputedTotal);
        // The structure stays: the same economic codes, the same projects.
        Assert.Equal(
            Old.Value.Economic.BasicDepartment.SelectMany(i => i.Children).Select(i => i.Code),
            New.Economic.BasicDepartment.SelectMany(i => i.Children).Select(i => i.Code));
        Assert.Equal(Old.Value.Projects.Select(p => p.Code), New.Projects.Select(p => p.Code));
    }

    [Fact]
    public void Reasons_uses_and_goals_become_placeholders_at_their_paths()
    {
        var placeholders = Next.Value.Placeholders;
        Assert.Equal(22, placeholders.Count);
        Assert.All(placeholders, p => Assert.StartsWith(NextYearStart.Marker, p.Text));
        var json = JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(New, BudgetJson.Options))!;
        foreach (var p in placeholders)
        {
            Assert.Equal(p.Text, At(json, p.Path));
        }
        Assert.Equal("【待填写】“2010301 行政运行”较上年增减变化的原因", New.Expenditure.Functional[0].Children[0].Children[0].Reason);
        Assert.Equal("【待填写】基本支出较上年增减变化的原因", New.Expenditure.BasicReason);
        Assert.Equal("【待填写】公务用车运行维护费较上年增减变化的原因", New.ThreePublic.Reasons.VehicleOperation);
        Assert.Null(New.ThreePublic.Reasons.Abroad); // the old file needed none: none asked for
        Assert.Equal("【待填写】机关运行经费较上年增减变化的原因", New.AgencyOperating.Reason);
        Assert.Equal(["【待填写】2025年部门整体绩效目标（每条一项，可增加条目）"], New.Performance.OverallGoals);
        Assert.Equal("【待填写】项目“服务大厅运行经费”2025年的绩效目标", New.Projects[1].Goal);
        // No old year-specific text survives anywhere in the new file.
        var text = json.ToJsonString(BudgetJson.Options);
        Assert.DoesNotContain("人员减少，退休2人", text);
        Assert.DoesNotContain(Old.Value.Projects[1].Goal!, text);
        Assert.DoesNotContain(Old.Value.Expenditure.ProjectUse!, text);
    }

    [Fact]
    public void Department_texts_are_kept()
    {
        var old = Old.Value;
        Assert.Equal(old.Profile.Duties, New.Profile.Duties);
        Assert.Equal(old.Profile.Composition.Nature, New.Profile.Composition.Nature);
        Assert.Equal(old.Profile.Composition.InternalSections, New.Profile.Composition.InternalSections);
        Assert.Equal(old.Profile.Composition.Establishment.Total, New.Profile.Composition.Establishment.Total);
        Assert.Equal(old.Contact, New.Contact);
        Assert.Equal(old.Glossary, New.Glossary);
        Assert.Equal(old.Assets.Vehicles, New.Assets.Vehicles);
        Assert.Equal(old.Performance.Indicators, New.Performance.Indicators);
        Assert.Equal(old.Projects.Select(p => p.Overview), New.Projects.Select(p => p.Overview));
        Assert.Equal(old.Projects.Select(p => p.Indicators.Count), New.Projects.Select(p => p.Indicators.Count));
        Assert.Equal(old.Schema, New.Schema);
    }

    [Fact]
    public void New_file_loads_back_and_has_no_error_but_its_placeholders()
    {
        AssertLoadsWithOnlyPlaceholderErrors(Next.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Sample_departments_shift_every_figure(int index)
    {
        var old = SampleGenerator.Generate(7, index);
        var next = NextYearStart.From(old);
        var @new = next.Report;
        Assert.Equal(old.Department.Year + 1, @new.Department.Year);
        Assert.Equal(old.TotalExpenditure(), @new.Expenditure.Functional.Sum(i => i.LastYear));
        Assert.Equal(old.TotalBasic(), @new.Expenditure.LastYear.Basic);
        Assert.Equal(old.TotalProject(), @new.Expenditure.LastYear.Project);
        foreach (var source in Enum.GetValues<FundSource>())
        {
            Assert.Equal(old.Income.Get(source)?.Amount, @new.Income.Get(source)?.LastYear);
        }
        if (old.Expenditure.Functional.Leaves().Any(l => l.FundOrDefault != FundSource.GeneralBudget))
        {
            var general = old.FunctionalOf(FundSource.GeneralBudget);
            Assert.Equal(general.Sum(i => i.SumTotal()), @new.Expenditure.GeneralBudgetLastYear!.Total);
        }
        Assert.Equal(old.ThreePublic.ThisYear, @new.ThreePublic.LastYear);
        Assert.Equal(old.AgencyOperatingAmount(), @new.AgencyOperating.LastYear);
        AssertLoadsWithOnlyPlaceholderErrors(next);
    }

    /// <summary>
    /// The new file, written and read again, loads cleanly; validation finds nothing wrong but, at most,
    /// the placeholders themselves (the rule that refuses them) and the warnings the cleared figures raise.
    /// </summary>
    private static void AssertLoadsWithOnlyPlaceholderErrors(NextYearResult next)
    {
        var json = JsonSerializer.Serialize(next.Report, BudgetJson.Options);
        var loaded = BudgetLoader.Parse(json, "next.json");
        Assert.True(loaded.Report is not null && !loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var placeholderPaths = next.Placeholders.Select(p => p.Path).ToHashSet();
        var errors = BudgetValidator.Validate(loaded.Report!, "next.json")
            .Where(d => d.IsError && !placeholderPaths.Contains(d.Path ?? ""))
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string? At(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Split('[')[0];
            node = node![name];
            foreach (var index in part.Split('[').Skip(1))
            {
                node = node![int.Parse(index.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture)];
            }
        }
        return node?.GetValue<string>();
    }
}
