using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Documents;

namespace ReportGen.Docx;

/// <summary>
/// Core properties (title, author = the department, subject, keywords, dates) in docProps/core.xml,
/// and the application name. Written as a part of their own with a fixed relationship id:
/// System.IO.Packaging's own property part gets a random name and id on every save.
/// </summary>
internal static class DocxProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(WordprocessingDocument package, DocumentInfo info, DateTimeOffset timestamp)
    {
        var core = package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
        {
            WriteCore(stream, info, timestamp);
        }
        package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp").Properties = new Properties(
            new Application("ReportGen"),
            new Company(info.Author));
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
