using System.Text;
using ReportGen.Pdf.Fonts;
using ReportGen.Pdf.Layout;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// Writes a laid-out document as a PDF file of our own making: the pages' display lists as
/// content streams, each face embedded as a subset of the characters drawn with it, the outline
/// from the headings and table titles, and the document information. Same input, same bytes.
/// </summary>
internal static class PdfDocumentWriter
{
    public static void Write(LaidOutDocument layout, Stream output, DateTimeOffset? timestamp)
    {
        var fonts = new Dictionary<FontFace, EmbeddedFont>();
        foreach (var (face, codePoints) in layout.CodePointsByFace())
        {
            fonts[face] = new EmbeddedFont(face, codePoints, "F" + (fonts.Count + 1));
        }

        var w = new PdfObjectWriter(output);
        var catalog = w.Reserve();
        var pageTree = w.Reserve();
        var info = w.Reserve();
        var resources = w.Reserve();

        var fontRefs = fonts.Values.Select(f => $"/{f.ResourceName} {PdfSyntax.Ref(f.Write(w))}");
        w.Object(resources, $"<</Font <<{string.Join(' ', fontRefs)}>>\n/ProcSet [/PDF /Text]>>");

        var pageObjects = new List<int>();
        var outline = layout.Document.Outline().ToList();
        var entries = new List<PdfOutlineTree.Entry>();
        foreach (var page in layout.Pages)
        {
            var content = w.Reserve();
            var number = w.Reserve();
            pageObjects.Add(number);
            w.Stream(content, "", ContentStream.Build(page, fonts));
            var g = page.Geometry;
            var paper = g.Paper;
            w.Object(number, $"<</Type /Page\n/Parent {PdfSyntax.Ref(pageTree)}\n/MediaBox [0 0 {PdfSyntax.Number(paper.Width, 2)} {PdfSyntax.Number(paper.Height, 2)}]\n/Resources {PdfSyntax.Ref(resources)}\n/Contents {PdfSyntax.Ref(content)}>>");
            entries.AddRange(page.Ops.OfType<AnchorOp>().Where(a => a.OutlineIndex < outline.Count)
                .Select(a => g.Rotated
                    // On a rotated page the anchor's landscape (x, y) is (y, x) in the sheet's PDF space.
                    ? new PdfOutlineTree.Entry(outline[a.OutlineIndex].Level, outline[a.OutlineIndex].Text, number, a.Y, a.X)
                    : new PdfOutlineTree.Entry(outline[a.OutlineIndex].Level, outline[a.OutlineIndex].Text, number, a.X, g.Height - a.Y)));
        }
        w.Object(pageTree, $"<</Type /Pages\n/Kids [{string.Join(' ', pageObjects.Select(PdfSyntax.Ref))}]\n/Count {PdfSyntax.Int(pageObjects.Count)}>>");

        var outlineRoot = PdfOutlineTree.Write(w, entries);
        var d = layout.Document.Info;
        var when = PdfSyntax.Date(timestamp ?? DateTimeOffset.Now);
        w.Object(info, new StringBuilder()
            .Append("<</Title ").Append(PdfSyntax.Text(d.Title))
            .Append("\n/Author ").Append(PdfSyntax.Text(d.Author))
            .Append("\n/Subject ").Append(PdfSyntax.Text(d.Subject))
            .Append("\n/Keywords ").Append(PdfSyntax.Text(string.Join(", ", d.Keywords)))
            .Append("\n/Creator (ReportGen)\n/Producer (ReportGen)")
            .Append("\n/CreationDate ").Append(when).Append("\n/ModDate ").Append(when).Append(">>").ToString());

        var cat = new StringBuilder($"<</Type /Catalog\n/Pages {PdfSyntax.Ref(pageTree)}\n/Lang (zh-CN)\n/ViewerPreferences <</DisplayDocTitle true>>");
        if (outlineRoot is int o)
        {
            cat.Append($"\n/Outlines {PdfSyntax.Ref(o)}\n/PageMode /UseOutlines");
        }
        w.Object(catalog, cat.Append(">>").ToString());
        w.Finish(catalog, info);
    }
}
