using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ReportGen.Core.Documents;

namespace ReportGen.Html.Tests.Support;

/// <summary>Reading a rendered page (or fragment) back: its tables as grids, next to the model's.</summary>
internal static class PageParts
{
    public static List<IHtmlTableElement> Tables(IParentNode root) => [.. root.QuerySelectorAll("table").OfType<IHtmlTableElement>()];

    public static IHtmlTableElement TableNumbered(IParentNode root, string number) =>
        Tables(root).First(t => t.QuerySelector(".t-number, caption > span > span")?.TextContent == number);

    public static List<string[]> HeaderGrid(IHtmlTableElement table, int columns) => HtmlGrid.Expand(table.Head?.Rows ?? Enumerable.Empty<IHtmlTableRowElement>(), columns);

    public static List<string[]> BodyGrid(IHtmlTableElement table, int columns) => HtmlGrid.Expand(table.Bodies.SelectMany(b => b.Rows), columns);

    /// <summary>The model's rows as text, in the shape of <see cref="HtmlGrid.Expand"/>.</summary>
    public static List<string[]> ModelGrid(Table table, IReadOnlyList<TableRow> rows) =>
        [.. TableGrid.Expand(table, rows).Select(r => r.Select(c => string.Join(" ", c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray())];

    public static string Rows(IEnumerable<string[]> grid) => string.Join("\n", grid.Select(r => string.Join(" | ", r)));
}
