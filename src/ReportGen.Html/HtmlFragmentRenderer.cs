using System.Text;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;

namespace ReportGen.Html;

/// <summary>
/// The CMS fragment (<c>build --html-fragment</c>, written as <c>&lt;stem&gt;.fragment.html</c>): the
/// body of the page only — no html, head, body or style element, no classes — inside one
/// <c>div lang="zh-CN"</c>, with the inline styles a site editor keeps (table rules, alignment,
/// column widths, indents, a sideways-scrolling box per table), ready to paste into the source
/// view of the editor.
/// </summary>
public sealed class HtmlFragmentRenderer : IDocumentRenderer
{
    /// <summary>Also the file suffix: <c>DIR/&lt;stem&gt;.fragment.html</c>.</summary>
    public const string FormatName = "fragment.html";

    public string Format => FormatName;

    public RenderResult Render(Document document, StyleSheet style, Stream output, RenderOptions options)
    {
        output.Write(new UTF8Encoding(false).GetBytes(Fragment(document, style)));
        return new RenderResult(null);
    }

    internal static string Fragment(Document document, StyleSheet style)
    {
        var html = new HtmlText();
        html.Open("div", ("lang", "zh-CN")).Line();
        HtmlBodyWriter.Write(html, document, style, HtmlLook.Fragment);
        html.Close("div").Line();
        return html.ToString();
    }
}
