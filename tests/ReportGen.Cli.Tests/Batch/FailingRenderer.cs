using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;

namespace ReportGen.Cli.Tests.Batch;

/// <summary>A renderer that writes a few bytes, but throws <paramref name="failure"/> for documents whose text contains <paramref name="marker"/>.</summary>
internal sealed class FailingRenderer(string format, string marker, Func<Exception> failure) : IDocumentRenderer
{
    public string Format => format;

    public RenderResult Render(Document document, StyleSheet style, Stream output, RenderOptions options)
    {
        output.Write("partial"u8);
        if (PlainTextWriter.Write(document).Contains(marker, StringComparison.Ordinal))
        {
            throw failure();
        }
        return new RenderResult(3);
    }
}
