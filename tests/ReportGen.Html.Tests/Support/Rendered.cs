using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Docx.Tests;

namespace ReportGen.Html.Tests.Support;

/// <summary>The reference department's document as a page and as a fragment, rendered through the renderers' public interface and parsed by AngleSharp.</summary>
internal static class Rendered
{
    public static readonly Lazy<StyleSheet> Sheet = new(() => StyleSheet.Load(Path.Combine(AppContext.BaseDirectory, "style.json")));

    public static readonly Lazy<Document> Reference = new(RealDocuments.Reference);

    public static readonly Lazy<string> ReferencePage = new(() => Page(Reference.Value));

    public static readonly Lazy<string> ReferenceFragment = new(() => Fragment(Reference.Value));

    public static string Page(Document document, RenderOptions? options = null) => Render(new HtmlRenderer(), document, options);

    public static string Fragment(Document document, RenderOptions? options = null) => Render(new HtmlFragmentRenderer(), document, options);

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>A fragment parsed the way an editor's source view takes it: as the content of a body.</summary>
    public static IHtmlDocument ParseFragment(string fragment) => new HtmlParser().ParseDocument("<!DOCTYPE html><html><head><title>t</title></head><body>" + fragment + "</body></html>");

    private static string Render(IDocumentRenderer renderer, Document document, RenderOptions? options)
    {
        using var output = new MemoryStream();
        renderer.Render(document, Sheet.Value, output, options ?? RenderOptions.Default);
        return new UTF8Encoding(false, true).GetString(output.ToArray());
    }
}
