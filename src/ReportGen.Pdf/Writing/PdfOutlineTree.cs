using System.Text;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// The document outline (bookmarks, §12.3.3): entries nested by level — an entry goes under the
/// nearest earlier entry of a lower level — each pointing at a place on a page. All items open.
/// </summary>
internal static class PdfOutlineTree
{
    /// <summary>An outline entry and its destination: a page object and the top-left of the anchor in PDF coordinates.</summary>
    public sealed record Entry(int Level, string Title, int PageObject, float X, float Y);

    private sealed class Node(Entry entry)
    {
        public Entry Entry { get; } = entry;
        public List<Node> Children { get; } = [];
        public int Number { get; set; }
        public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
    }

    /// <summary>Writes the outline's objects; returns the number of the outline dictionary, or null when there are no entries.</summary>
    public static int? Write(PdfObjectWriter w, IReadOnlyList<Entry> entries)
    {
        if (entries.Count == 0)
        {
            return null;
        }
        var roots = Nest(entries);
        var root = w.Reserve();
        var all = Flatten(roots).ToList();
        foreach (var node in all)
        {
            node.Number = w.Reserve();
        }
        w.Object(root, $"<</Type /Outlines\n/First {PdfSyntax.Ref(roots[0].Number)}\n/Last {PdfSyntax.Ref(roots[^1].Number)}\n/Count {PdfSyntax.Int(all.Count)}>>");
        WriteItems(w, roots, root);
        return root;
    }

    private static void WriteItems(PdfObjectWriter w, List<Node> siblings, int parent)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            var n = siblings[i];
            var e = n.Entry;
            var d = new StringBuilder();
            d.Append("<</Title ").Append(PdfSyntax.Text(e.Title)).Append("\n/Parent ").Append(PdfSyntax.Ref(parent))
                .Append("\n/Dest [").Append(PdfSyntax.Ref(e.PageObject)).Append(" /XYZ ").Append(PdfSyntax.Number(e.X, 2)).Append(' ').Append(PdfSyntax.Number(e.Y, 2)).Append(" null]");
            if (i > 0)
            {
                d.Append("\n/Prev ").Append(PdfSyntax.Ref(siblings[i - 1].Number));
            }
            if (i + 1 < siblings.Count)
            {
                d.Append("\n/Next ").Append(PdfSyntax.Ref(siblings[i + 1].Number));
            }
            if (n.Children.Count > 0)
            {
                d.Append("\n/First ").Append(PdfSyntax.Ref(n.Children[0].Number)).Append("\n/Last ").Append(PdfSyntax.Ref(n.Children[^1].Number))
                    .Append("\n/Count ").Append(PdfSyntax.Int(n.Descendants));
            }
            w.Object(n.Number, d.Append(">>").ToString());
            WriteItems(w, n.Children, n.Number);
        }
    }

    private static List<Node> Nest(IReadOnlyList<Entry> entries)
    {
        var roots = new List<Node>();
        var stack = new List<Node>();
        foreach (var e in entries)
        {
            var node = new Node(e);
            while (stack.Count > 0 && stack[^1].Entry.Level >= e.Level)
            {
                stack.RemoveAt(stack.Count - 1);
            }
            (stack.Count == 0 ? roots : stack[^1].Children).Add(node);
            stack.Add(node);
        }
        return roots;
    }

    /// <summary>Depth-first: the order items are numbered and written in.</summary>
    private static IEnumerable<Node> Flatten(IEnumerable<Node> nodes) => nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
