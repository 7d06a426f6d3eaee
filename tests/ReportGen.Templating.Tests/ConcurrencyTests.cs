using System.Collections.Concurrent;
using ReportGen.Templating.Functions;
using ReportGen.Templating.Hosting;
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

    [Fact]
    public void The_accessor_of_a_view_type_is_made_once_and_shared_by_the_contexts_of_all_departments()
    {
        // Each department has its own context; an accessor made per context meant new reflection
        // objects and recompiled invoke stubs for every department (docs/performance.md, "Both cores").
        var first = new ReportTemplateContext(FormatSettings.Default, TemplateLimits.Default);
        var second = new ReportTemplateContext(FormatSettings.Default, TemplateLimits.Default);
        var accessors = new ConcurrentBag<Scriban.Runtime.IObjectAccessor>();
        Parallel.For(0, 8, i => accessors.Add((i % 2 == 0 ? first : second).GetMemberAccessor(new Unit($"单位{i}", i))));
        var accessor = Assert.Single(accessors.Distinct());
        var third = new ReportTemplateContext(FormatSettings.Default, TemplateLimits.Default);
        Assert.Same(accessor, third.GetMemberAccessor(new Unit("第三", 3)));
        // Still a per-type accessor that reads the object it is given, with snake_case names.
        Assert.True(accessor.TryGetValue(third, default, new Unit("财政局", 7), "unit_name", out var name));
        Assert.Equal("财政局", name);
        Assert.NotSame(accessor, third.GetMemberAccessor(new Other("x")));
    }

    public sealed record Unit(string UnitName, int Staff);

    public sealed record Other(string Text);
}
