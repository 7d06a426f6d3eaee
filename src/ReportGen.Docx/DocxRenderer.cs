using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using Model = ReportGen.Core.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx;

/// <summary>
/// Writes the document model as a WordprocessingML file that looks like an official document
/// (GB/T 9704 by default, everything from the style sheet) and behaves like one a person made in
/// Word: real styles, outline levels, repeating table headers, landscape sections, odd/even page
/// numbers. Stateless: one instance serves any number of documents, from any thread.
/// </summary>
public sealed class DocxRenderer : IDocumentRenderer
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public string Format => "docx";

    public RenderResult Render(Model.Document document, StyleSheet style, Stream output, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(output);
        var timestamp = (options.Timestamp ?? DateTimeOffset.UtcNow).ToUniversalTime();
        PackageNormalizer.Write(output, timestamp, buffer =>
        {
            using var package = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
            // The normalizer decompresses every part and compresses it again: compressing here too was
            // wasted work (the same bytes come out either way).
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            Fill(package, document, style, timestamp);
        });
        return new RenderResult(null);
    }

    private static void Fill(WordprocessingDocument package, Model.Document document, StyleSheet style, DateTimeOffset timestamp)
    {
        // Explicit relationship ids everywhere: the SDK would otherwise make random ones.
        var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
        main.Document = new W.Document(new DocxBuilder(style).Build(document));
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Build(style);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocxSettings.Build(style);
        main.AddNewPart<FontTablePart>("rIdFonts").Fonts = DocxFonts.FontTable(style);
        main.AddNewPart<FooterPart>(DocxSections.DefaultFooterId).Footer = DocxFooters.Odd(style);
        if (style.PageNumber.MirrorOddEven)
        {
            main.AddNewPart<FooterPart>(DocxSections.EvenFooterId).Footer = DocxFooters.Even(style);
        }
        if (style.Page.LandscapeTables == LandscapeTables.Rotated)
        {
            main.AddNewPart<FooterPart>(DocxSections.RotatedFooterId).Footer = DocxFooters.Rotated(style, odd: true);
            if (style.PageNumber.MirrorOddEven)
            {
                main.AddNewPart<FooterPart>(DocxSections.RotatedEvenFooterId).Footer = DocxFooters.Rotated(style, odd: false);
            }
        }
        DocxProperties.Write(package, document.Info, timestamp);
    }
}
