using ReportGen.Templating.Views;

namespace ReportGen.Templating.Tests;

public sealed class ApportionmentTests
{
    private static readonly Apportionment Wan = new(100m); // 0.01 万元 in 元

    [Fact]
    public void Largest_remainders_get_the_missing_steps()
    {
        // 1,040,850 元 = 104.085 万元 → 104.09; the parts 33.333, 33.333, 37.419 万元 rounded alone give
        // 33.33 + 33.33 + 37.42 = 104.08. The largest remainder (.9) is already rounded up; the next (.3,
        // a tie between equal parts) goes to the earlier one.
        var parts = Wan.Split(1040900m, [333330m, 333330m, 374190m]);
        Assert.Equal([333400m, 333300m, 374200m], parts);
        Assert.Equal(1040900m, parts.Sum());
    }

    [Fact]
    public void Zero_stays_zero_and_ties_go_to_the_larger_then_the_earlier()
    {
        Assert.Equal([0m, 200m, 100m], Wan.Split(300m, [0m, 150m, 150m]));
        Assert.Equal([100m, 200m], Wan.Split(300m, [150m, 160m]));
    }

    [Fact]
    public void A_tree_is_rounded_top_down_once()
    {
        var root = new Apportionment.Node();
        var shown = new Dictionary<string, decimal>();
        root.Add(["301", "30101"], 1234.5m, v => shown["30101"] = v);
        root.Add(["301", "30102"], 1234.5m, v => shown["30102"] = v);
        root.Add(["302", "30201"], 4949m, v => shown["30201"] = v);
        Wan.Distribute(root);
        Assert.Equal(7400m, root.Shown); // 7,418 元 → 0.74 万元
        Assert.Equal(root.Shown, shown.Values.Sum());
        Assert.Equal(root.Children[0].Shown, shown["30101"] + shown["30102"]);
        Assert.Equal(2500m, root.Children[0].Shown); // 2,469 元 → 0.25
        Assert.Equal(4900m, shown["30201"]);
    }

    [Fact]
    public void A_pinned_root_is_kept()
    {
        var root = new Apportionment.Node();
        var a = 0m;
        var b = 0m;
        root.Add(["a"], 149m, v => a = v);
        root.Add(["b"], 149m, v => b = v);
        Wan.Distribute(root, 200m); // the same 298 元 shown elsewhere as 0.02 万元 (not 0.03)
        Assert.Equal((100m, 100m), (a, b));
    }
}
