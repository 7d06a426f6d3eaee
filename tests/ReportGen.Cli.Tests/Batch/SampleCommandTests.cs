using ReportGen.Cli.Commands;
using ReportGen.Core.Loading;
using ReportGen.Core.Validation;

namespace ReportGen.Cli.Tests.Batch;

/// <summary><c>reportgen sample</c>: numbered, valid departments; the same seed gives the same bytes.</summary>
public sealed class SampleCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rg-sample-cmd-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_same_seed_gives_the_same_files_and_every_one_validates()
    {
        var a = Path.Combine(_dir, "a");
        var b = Path.Combine(_dir, "b");
        Assert.Equal(0, new SampleCommand().Run(["--count", "4", "--seed", "12", "--out", a]));
        Assert.Equal(0, new SampleCommand().Run(["--count", "4", "--seed", "12", "--out", b]));

        var names = Directory.GetFiles(a).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["sample-001.json", "sample-002.json", "sample-003.json", "sample-004.json"], names);
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, name!)), File.ReadAllBytes(Path.Combine(b, name!)));
            var loaded = BudgetLoader.Load(Path.Combine(a, name!));
            Assert.Empty(loaded.Diagnostics);
            Assert.Empty(BudgetValidator.Validate(loaded.Report!, name!, ValidationOptions.Default));
        }
    }

    [Fact]
    public void Another_seed_gives_other_departments()
    {
        Assert.Equal(0, new SampleCommand().Run(["--count", "1", "--seed", "1", "--out", Path.Combine(_dir, "a")]));
        Assert.Equal(0, new SampleCommand().Run(["--count", "1", "--seed", "2", "--out", Path.Combine(_dir, "b")]));
        Assert.NotEqual(File.ReadAllText(Path.Combine(_dir, "a", "sample-001.json")), File.ReadAllText(Path.Combine(_dir, "b", "sample-001.json")));
    }

    [Fact]
    public void A_count_below_one_is_a_usage_error()
    {
        Assert.Throws<UsageException>(() => new SampleCommand().Run(["--count", "0", "--out", _dir]));
    }
}
