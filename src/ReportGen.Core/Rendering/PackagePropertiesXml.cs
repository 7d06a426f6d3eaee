using System.Globalization;
using System.Xml;
using ReportGen.Core.Documents;

namespace ReportGen.Core.Rendering;

/// <summary>
/// The property parts of an Open XML package: docProps/core.xml (title, author = the department,
/// subject, keywords, language and both dates at the render timestamp) and docProps/app.xml (the
/// application, the department as company). Shared by the DOCX and XLSX writers, which add them as
/// parts of their own with fixed relationship ids (System.IO.Packaging's own property part gets a
/// random name and id on every save).
/// </summary>
public static class PackagePropertiesXml
{
    private const string Extended = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Writes both parts: <paramref name="core"/> is docProps/core.xml, <paramref name="app"/> docProps/app.xml.</summary>
    public static void Write(Stream core, Stream app, DocumentInfo info, DateTimeOffset timestamp)
    {
        WriteCore(core, info, timestamp);
        using var xml = XmlWriter.Create(app, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Properties", Extended);
        xml.WriteElementString("Application", Extended, "ReportGen");
        xml.WriteElementString("Company", Extended, info.Author);
        xml.WriteEndElement();
    }

    private static void WriteCore(Stream stream, DocumentInfo info, DateTimeOffset timestamp)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, info.Title);
        xml.WriteElementString("dc", "subject", Dc, info.Subject);
        xml.WriteElementString("dc", "creator", Dc, info.Author);
        xml.WriteElementString("cp", "keywords", Cp, string.Join("；", info.Keywords));
        xml.WriteElementString("cp", "lastModifiedBy", Cp, info.Author);
        xml.WriteElementString("dc", "language", Dc, "zh-CN");
        var w3cdtf = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(w3cdtf);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
