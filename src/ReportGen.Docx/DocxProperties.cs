using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;

namespace ReportGen.Docx;

/// <summary>The property parts (<see cref="PackagePropertiesXml"/>) under fixed relationship ids.</summary>
internal static class DocxProperties
{
    public static void Write(WordprocessingDocument package, DocumentInfo info, DateTimeOffset timestamp)
    {
        using var core = package.AddNewPart<CoreFilePropertiesPart>("rIdCore").GetStream(FileMode.Create);
        using var app = package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp").GetStream(FileMode.Create);
        PackagePropertiesXml.Write(core, app, info, timestamp);
    }
}
