using ReportGen.Core.Documents;
using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Layout;

/// <summary>The layout pass: document → elements → pages with page numbers, in points, ready to paint.</summary>
internal static class DocumentLayout
{
    public static LaidOutDocument Run(Document document, FontSet fonts)
    {
        var elements = new DocumentComposer(fonts).Compose(document);
        var pages = new PageFlow(elements, fonts.Style).Run();
        PageNumbers.Draw(pages, fonts);
        return new LaidOutDocument(document, pages);
    }
}
