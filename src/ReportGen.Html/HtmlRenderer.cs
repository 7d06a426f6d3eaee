using System.Text;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;

namespace ReportGen.Html;

/// <summary>
/// The web page (<c>--format html</c>): one self-contained, accessible page per department —
/// <c>lang="zh-CN"</c>, the document's title, its headings, paragraphs and real tables, and a style
/// sheet inside the page built from the style sheet of DOCX and PDF (faces, sizes, A4 print with
/// each numbered table on a new page and landscape sections turned). Reads only the document model
/// and the style sheet; the same input gives the same bytes (nothing time-dependent is written).
/// </summary>
public sealed class HtmlRenderer : IDocumentRenderer
{
    public string Format => "html";

    public RenderResult Render(Document document, StyleSheet style, Stream output, RenderOptions options)
    {
        output.Write(new UTF8Encoding(false).GetBytes(Page(document, style)));
        return new RenderResult(null);
    }

    internal static string Page(Document document, StyleSheet style)
    {
        var html = new HtmlText();
        html.Trusted("<!DOCTYPE html>").Line();
        html.Open("html", ("lang", "zh-CN")).Line();
        html.Open("head").Line();
        html.Open("meta", ("charset", "utf-8")).Line();
        html.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        html.Element("title", document.Info.Title).Line();
        Meta(html, "author", document.Info.Author);
        Meta(html, "description", document.Info.Subject);
        Meta(html, "keywords", string.Join(",", document.Info.Keywords));
        // CSS, not HTML text: built from the style sheet with every name escaped as a CSS string ("<" too).
        html.Open("style").Line().Trusted(PageStyleSheet.Build(style, HtmlBodyWriter.MaxIndent(document))).Close("style").Line();
        html.Close("head").Line();
        html.Open("body").Line();
        if (HtmlBodyWriter.ContentsLabel(document) is { } contents)
        {
            html.Element("a", "跳到" + contents, ("class", "skip-link"), ("href", "#" + HtmlBodyWriter.ContentsId)).Line();
        }
        html.Open("main", ("id", "main")).Line();
        HtmlBodyWriter.Write(html, document, style, HtmlLook.Page);
        html.Close("main").Line();
        html.Close("body").Line();
        html.Close("html").Line();
        return html.ToString();
    }

    private static void Meta(HtmlText html, string name, string content)
    {
        if (content.Length > 0)
        {
            html.Open("meta", ("name", name), ("content", content)).Line();
        }
    }
}
