using System.Collections.Concurrent;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public void One_renderer_serves_parallel_renders_with_identical_results()
    {
        var wan = Build.ReferenceJson();
        wan["department"]!["displayUnit"] = "万元";
        var reports = new[] { Build.Load(Build.ReferenceJson()), Build.Load(wan) };
        var expected = reports.Select(Build.Text).ToArray();
        var results = new ConcurrentBag<(int Index, string Text)>();
        Parallel.For(0, 24, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results.Add((i % 2, Build.Text(reports[i % 2]))));
        Assert.Equal(24, results.Count);
        Assert.All(results, r => Assert.Equal(expected[r.Index], r.Text));
        Assert.NotEqual(expected[0], expected[1]);
    }
}
