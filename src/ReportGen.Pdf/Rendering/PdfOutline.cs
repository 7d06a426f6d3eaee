using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Pdf.Rendering;

/// <summary>
/// Adds an outline (bookmarks) to a PDF written by Skia, whose API has named destinations but no
/// outline. The PDF is left byte for byte as Skia wrote it and an incremental update is appended
/// (PDF 32000-1 §7.5.6): the outline items, each pointing at a named destination Skia wrote into
/// the catalog's <c>/Dests</c>; a new revision of the catalog that adds <c>/Outlines</c> and
/// <c>/PageMode /UseOutlines</c>; a cross-reference section for those objects; and a trailer
/// whose <c>/Prev</c> points at Skia's cross-reference table.
/// </summary>
internal static partial class PdfOutline
{
    public sealed record Entry(int Level, string Title, string Destination);

    private sealed class Node(Entry entry)
    {
        public Entry Entry { get; } = entry;
        public List<Node> Children { get; } = [];
        public int Number { get; set; }
        public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
    }

    public static void Write(byte[] pdf, IReadOnlyList<Entry> entries, Stream output)
    {
        output.Write(pdf);
        if (entries.Count == 0)
        {
            return;
        }
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 2048), Math.Min(2048, pdf.Length));
        var trailer = TrailerPattern().Matches(tail) is { Count: > 0 } t ? t[^1] : throw Unexpected("trailer");
        var size = int.Parse(trailer.Groups["size"].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(trailer.Groups["root"].Value, CultureInfo.InvariantCulture);
        var info = trailer.Groups["info"].Success ? trailer.Groups["info"].Value : null;
        var prev = StartXrefPattern().Matches(tail) is { Count: > 0 } s ? s[^1].Groups[1].Value : throw Unexpected("startxref");
        var catalog = CatalogDictionary(pdf, root);

        var roots = Tree(entries);
        var next = size + 1; // size: the outline dictionary; items after it
        var all = Flatten(roots).ToList();
        foreach (var node in all)
        {
            node.Number = next++;
        }

        var offsets = new SortedDictionary<int, long>();
        var body = new StringBuilder();
        long position = pdf.Length;
        void Object(int number, string dictionary)
        {
            var text = $"{number} 0 obj\n{dictionary}\nendobj\n";
            offsets[number] = position;
            position += Encoding.Latin1.GetByteCount(text);
            body.Append(text);
        }

        Object(root, catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)] + $"\n/Outlines {size} 0 R\n/PageMode /UseOutlines>>");
        Object(size, $"<</Type /Outlines\n/First {roots[0].Number} 0 R\n/Last {roots[^1].Number} 0 R\n/Count {all.Count}>>");
        WriteItems(roots, size, Object);

        var xref = new StringBuilder("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            xref.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (var n = run.First; n < run.First + run.Count; n++)
            {
                xref.Append(CultureInfo.InvariantCulture, $"{offsets[n]:D10} 00000 n \n");
            }
        }
        var infoRef = info is null ? "" : $"\n/Info {info} 0 R";
        xref.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {next}\n/Root {root} 0 R{infoRef}\n/Prev {prev}>>\nstartxref\n{position}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(body.ToString() + xref));
    }

    private static void WriteItems(List<Node> siblings, int parent, Action<int, string> write)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            var n = siblings[i];
            var d = new StringBuilder();
            d.Append(CultureInfo.InvariantCulture, $"<</Title {TextString(n.Entry.Title)}\n/Parent {parent} 0 R\n/Dest /{n.Entry.Destination}");
            if (i > 0)
            {
                d.Append(CultureInfo.InvariantCulture, $"\n/Prev {siblings[i - 1].Number} 0 R");
            }
            if (i + 1 < siblings.Count)
            {
                d.Append(CultureInfo.InvariantCulture, $"\n/Next {siblings[i + 1].Number} 0 R");
            }
            if (n.Children.Count > 0)
            {
                d.Append(CultureInfo.InvariantCulture, $"\n/First {n.Children[0].Number} 0 R\n/Last {n.Children[^1].Number} 0 R\n/Count {n.Descendants}");
            }
            d.Append(">>");
            write(n.Number, d.ToString());
            WriteItems(n.Children, n.Number, write);
        }
    }

    /// <summary>Nests the entries by level: an entry belongs under the nearest earlier entry of a lower level.</summary>
    private static List<Node> Tree(IReadOnlyList<Entry> entries)
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

    /// <summary>Depth-first, the order the items are numbered and written in.</summary>
    private static IEnumerable<Node> Flatten(IEnumerable<Node> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> numbers)
    {
        int? first = null;
        var count = 0;
        foreach (var n in numbers)
        {
            if (first is int f && n == f + count)
            {
                count++;
                continue;
            }
            if (first is int done)
            {
                yield return (done, count);
            }
            first = n;
            count = 1;
        }
        if (first is int last)
        {
            yield return (last, count);
        }
    }

    /// <summary>A PDF text string: UTF-16BE with a byte-order mark, in hex.</summary>
    private static string TextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>The dictionary of object <paramref name="number"/> (the catalog), as written.</summary>
    private static string CatalogDictionary(byte[] pdf, int number)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var header = $"\n{number} 0 obj\n";
        var start = text.LastIndexOf(header, StringComparison.Ordinal);
        if (start < 0)
        {
            throw Unexpected("catalog");
        }
        start += header.Length;
        var end = text.IndexOf("\nendobj", start, StringComparison.Ordinal);
        var dictionary = end < 0 ? "" : text[start..end].Trim();
        return dictionary.StartsWith("<<", StringComparison.Ordinal) && dictionary.Contains("/Catalog", StringComparison.Ordinal)
            ? dictionary
            : throw Unexpected("catalog");
    }

    private static InvalidOperationException Unexpected(string what) =>
        new($"The PDF written by Skia has no {what} where expected; cannot add the outline.");

    [GeneratedRegex(@"trailer\s*<<\s*/Size (?<size>\d+)\s*/Root (?<root>\d+) 0 R(\s*/Info (?<info>\d+) 0 R)?")]
    private static partial Regex TrailerPattern();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();
}
