using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Documents;

namespace ReportGen.Docx;

/// <summary>Core properties (title, author = the department, subject, keywords, dates) and the application name.</summary>
internal static class DocxProperties
{
    public static void Write(WordprocessingDocument package, DocumentInfo info, DateTimeOffset timestamp)
    {
        var p = package.PackageProperties;
        p.Title = info.Title;
        p.Creator = info.Author;
        p.LastModifiedBy = info.Author;
        p.Subject = info.Subject;
        p.Keywords = string.Join("；", info.Keywords);
        p.Language = "zh-CN";
        p.Created = timestamp.UtcDateTime;
        p.Modified = timestamp.UtcDateTime;
        package.AddExtendedFilePropertiesPart().Properties = new Properties(
            new Application("ReportGen"),
            new Company(info.Author));
    }
}
