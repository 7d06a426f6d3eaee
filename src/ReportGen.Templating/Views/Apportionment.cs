namespace ReportGen.Templating.Views;

/// <summary>
/// Rounds a tree of amounts to a step (the smallest displayed amount, e.g. 0.01 万元 = 100 元) so that
/// every rounded node equals the sum of its rounded children: the root is rounded (half away from
/// zero) or given, then each node's rounded value is split over its children by the largest remainder
/// method, top-down. Zero stays zero (a nonzero amount rounded to zero is marked, ShownAmounts); ties go to the larger amount, then to the earlier child.
/// </summary>
internal sealed class Apportionment(decimal step)
{
    /// <summary>A node of the tree to apportion: an exact amount (the sum of its cells) and its children.</summary>
    public sealed class Node
    {
        private readonly Dictionary<string, Node> _index = new(StringComparer.Ordinal);

        public List<Node> Children { get; } = [];

        /// <summary>The exact amount: the sum of the cells below.</summary>
        public decimal Exact { get; private set; }

        /// <summary>The rounded amount, after <see cref="Distribute"/>.</summary>
        public decimal Shown { get; internal set; }

        /// <summary>Receives the rounded amount of a cell (a node without children).</summary>
        internal Action<decimal>? Assign { get; private set; }

        /// <summary>This node and every node below it, parents first.</summary>
        public IEnumerable<Node> All() => Children.SelectMany(c => c.All()).Prepend(this);

        /// <summary>The child with <paramref name="key"/>, created (in order) when absent.</summary>
        public Node Child(string key)
        {
            if (!_index.TryGetValue(key, out var child))
            {
                _index[key] = child = new Node();
                Children.Add(child);
            }
            return child;
        }

        /// <summary>Adds an amount at the end of <paramref name="path"/>; <paramref name="assign"/> gets its rounded value.</summary>
        public void Add(IEnumerable<string> path, decimal amount, Action<decimal> assign)
        {
            var node = this;
            node.Exact += amount;
            foreach (var key in path)
            {
                node = node.Child(key);
                node.Exact += amount;
            }
            if (node.Assign is not null)
            {
                throw new InvalidOperationException("two amounts at the same place of an apportionment tree");
            }
            node.Assign = assign;
        }
    }

    /// <summary>The smallest displayed amount, in the data's unit.</summary>
    public decimal Step => step;

    /// <summary><paramref name="value"/> rounded to a multiple of the step, half away from zero.</summary>
    public decimal Round(decimal value) => Marked(value, Math.Round(value / step, 0, MidpointRounding.AwayFromZero) * step);

    /// <summary>A nonzero amount shown as zero is marked so that it prints "0.00", never as if it were nothing (<see cref="ShownAmounts"/>).</summary>
    private static decimal Marked(decimal exact, decimal shown) => shown == 0m && exact != 0m ? ShownAmounts.BelowStep : shown;

    /// <summary>Rounds the tree: the root to <paramref name="target"/> (default: the root's exact amount rounded), then down.</summary>
    public void Distribute(Node root, decimal? target = null) => Set(root, target ?? Round(root.Exact));

    private void Set(Node node, decimal shown)
    {
        shown = Marked(node.Exact, shown);
        node.Shown = shown;
        node.Assign?.Invoke(shown);
        if (node.Children.Count == 0)
        {
            return;
        }
        var parts = Split(shown, [.. node.Children.Select(c => c.Exact)]);
        for (var i = 0; i < parts.Length; i++)
        {
            Set(node.Children[i], parts[i]);
        }
    }

    /// <summary>Splits <paramref name="target"/> (a multiple of the step) over <paramref name="values"/> by the largest remainder.</summary>
    public decimal[] Split(decimal target, IReadOnlyList<decimal> values)
    {
        var units = values.Select(v => v / step).ToArray();
        var floors = units.Select(Math.Floor).ToArray();
        var missing = target / step - floors.Sum();
        var order = Enumerable.Range(0, values.Count)
            .Where(i => values[i] != 0m)
            .OrderByDescending(i => units[i] - floors[i])
            .ThenByDescending(i => Math.Abs(values[i]))
            .ThenBy(i => i)
            .ToList();
        if (order.Count > 0)
        {
            for (var k = 0; missing > 0m; k++, missing--)
            {
                floors[order[k % order.Count]]++;
            }
            for (var k = 0; missing < 0m; k++, missing++)
            {
                floors[order[order.Count - 1 - k % order.Count]]--;
            }
        }
        return [.. floors.Select(f => f * step)];
    }
}
