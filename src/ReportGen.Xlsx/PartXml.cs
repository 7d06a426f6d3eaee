using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace ReportGen.Xlsx;

/// <summary>
/// Writes a part's XML with SpreadsheetML as the default namespace (&lt;worksheet xmlns="…"&gt;), as
/// spreadsheet applications write it. The SDK would prefix every element (&lt;x:c&gt;), which is valid
/// but trips simple readers of the published workbooks.
/// </summary>
internal static class PartXml
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(OpenXmlPart part, OpenXmlPartRootElement root)
    {
        var document = XDocument.Parse(root.OuterXml);
        var element = document.Root!;
        foreach (var declaration in element.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == Main.NamespaceName).ToList())
        {
            declaration.Remove();
        }
        element.SetAttributeValue("xmlns", Main.NamespaceName);
        // Declarations the SDK repeats on child elements (xmlns:r on every sheet) go to the root once.
        foreach (var local in element.Descendants().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration).ToList())
        {
            if (element.Attribute(local.Name) is null)
            {
                element.SetAttributeValue(local.Name, local.Value);
            }
            local.Remove();
        }
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        document.Declaration = new XDeclaration("1.0", "UTF-8", "yes");
        document.Save(xml);
    }
}
