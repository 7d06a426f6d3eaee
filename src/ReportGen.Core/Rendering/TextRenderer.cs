using System.Text;
using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Core.Rendering;

/// <summary>The plain-text format (<c>--format txt</c>): headings, paragraphs, tables as tab-separated rows.</summary>
public sealed class TextRenderer : IDocumentRenderer
{
    public string Format => "txt";

    public RenderResult Render(Document document, StyleSheet style, Stream output, RenderOptions options)
    {
        var bytes = new UTF8Encoding(false).GetBytes(PlainTextWriter.Write(document));
        output.Write(bytes);
        return new RenderResult(null);
    }
}
