using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace ReportGen.Docx.Tests;

public sealed class ValidationTests
{
    [Fact]
    public void Sample_document_has_no_schema_or_semantic_error()
    {
        using var docx = Rendered.Of(SampleDocument.Build());
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
