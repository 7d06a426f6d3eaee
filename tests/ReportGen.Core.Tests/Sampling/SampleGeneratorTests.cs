using System.Text.Json;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Sampling;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Sampling;

public sealed class SampleGeneratorTests
{
    private static readonly IReadOnlyList<BudgetReport> Hundred = Enumerable.Range(0, 100).Select(i => SampleGenerator.Generate(7, i)).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2024)]
    public void Every_generated_department_loads_and_validates_without_errors_or_warnings(int seed)
    {
        for (var i = 0; i < 40; i++)
        {
            var json = JsonSerializer.Serialize(SampleGenerator.Generate(seed, i), BudgetJson.Options);
            var name = $"seed{seed}-{SampleGenerator.FileStem(i)}.json";
            var loaded = BudgetLoader.Parse(json, name);
            Assert.True(loaded.Report is not null, string.Join("\n", loaded.Diagnostics));
            var found = BudgetValidator.Validate(loaded.Report!, name);
            Assert.True(found.Count == 0, string.Join("\n", found));
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_departments()
    {
        var a = JsonSerializer.Serialize(SampleGenerator.Generate(5, 3), BudgetJson.Options);
        var b = JsonSerializer.Serialize(SampleGenerator.Generate(5, 3), BudgetJson.Options);
        var c = JsonSerializer.Serialize(SampleGenerator.Generate(6, 3), BudgetJson.Options);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void A_hundred_departments_cover_the_variations_the_templates_must_handle()
    {
        Assert.Contains(Hundred, r => r.Department.AmountUnit == AmountUnit.万元);
        Assert.Contains(Hundred, r => r.Department.AmountUnit == AmountUnit.元);
        Assert.Contains(Hundred, r => r.Income.GovernmentFund is not null);
        Assert.Contains(Hundred, r => r.Income.GovernmentFund is null);
        Assert.Contains(Hundred, r => r.Income.StateCapital is not null);
        Assert.Contains(Hundred, r => r.Projects.Count == 0);
        Assert.Contains(Hundred, r => r.Projects.Count >= 20);
        Assert.Contains(Hundred, r => r.Projects.Any(p => p.Category == ProjectCategory.Key));
        var leaves = Hundred.SelectMany(r => r.Expenditure.Functional.Leaves()).ToList();
        Assert.Contains(leaves, l => l.LastYear is null);                                   // new item
        Assert.Contains(leaves, l => l.LastYear == l.SumTotal() && l.SumTotal() > 0);         // unchanged
        Assert.Contains(leaves, l => l.LastYear > l.SumTotal() && l.SumTotal() > 0);          // decrease
        Assert.Contains(leaves, l => l.LastYear < l.SumTotal());                               // increase
        Assert.Contains(leaves, l => l.SumTotal() == 0 && l.LastYear > 0);                     // discontinued
        Assert.Contains(Hundred, r => r.Expenditure.Functional.Walk().Count() >= 15);          // long trees
    }

    [Fact]
    public void Sample_set_writes_numbered_files()
    {
        var dir = Path.Combine(Path.GetTempPath(), "rg-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = SampleSet.Write(dir, 3, 11);
            Assert.Equal(["sample-001.json", "sample-002.json", "sample-003.json"], written.Select(Path.GetFileName));
            Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
            var loaded = BudgetLoader.Load(written[1]);
            Assert.Equal(SampleGenerator.Generate(11, 1).Department.Name, loaded.Report!.Department.Name);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
