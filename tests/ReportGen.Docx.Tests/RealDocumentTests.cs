using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Core.Sampling;
using M = ReportGen.Core.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Tests;

/// <summary>
/// The reference department and generated ones, through the default templates: valid Open XML, every
/// paragraph and table cell of the model in the DOCX, and each table on a page of the orientation the
/// model asks for.
/// </summary>
public sealed class RealDocumentTests
{
    public static TheoryData<int> GeneratedDepartments => [0, 1, 2, 3, 4];

    [Fact]
    public void Reference_department_is_valid_and_complete()
    {
        Check(RealDocuments.Reference());
    }

    [Fact]
    public void Reference_three_public_and_performance_tables_are_on_landscape_pages()
    {
        var model = RealDocuments.Reference();
        using var docx = Rendered.Of(model);
        var orientations = TableOrientations(docx);
        var tables = model.Blocks.OfType<M.Table>().ToList();
        var threePublic = tables.FindIndex(t => t.Title.Contains("“三公”经费支出预算表", StringComparison.Ordinal));
        Assert.True(threePublic >= 0);
        Assert.Equal(W.PageOrientationValues.Landscape, orientations[threePublic]);
        Assert.Contains(W.PageOrientationValues.Portrait, orientations); // the narrow tables stay portrait
    }

    [Theory]
    [MemberData(nameof(GeneratedDepartments))]
    public void Generated_department_is_valid_and_complete(int index)
    {
        Check(RealDocuments.Render(SampleGenerator.Generate(seed: 2024, index)));
    }

    [Fact]
    public void Department_in_wanyuan_is_valid_and_complete()
    {
        Check(RealDocuments.FromFile(RealDocuments.TestFile("ReportGen.Core.Tests", "synthetic-wanyuan.json")));
    }

    private static void Check(M.Document model)
    {
        using var docx = Rendered.Of(model);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        // Every heading and paragraph, in order.
        var expected = model.Blocks.Select(b => b switch
        {
            M.Heading h => h.FullText,
            M.Paragraph p => p.Text,
            _ => null,
        }).OfType<string>().ToList();
        var body = docx.Main.Document!.Body!;
        var actual = body.Elements<W.Paragraph>().Select(WordText.Paragraph).ToList();
        var at = 0;
        foreach (var text in expected)
        {
            at = actual.IndexOf(text, at);
            Assert.True(at >= 0, $"paragraph missing or out of order: {text}");
        }

        // Every table cell in its grid position, each table in the orientation the model asks for.
        var modelTables = model.Blocks.OfType<M.Table>().Where(t => t.HeaderRows.Count + t.BodyRows.Count > 0).ToList();
        var wordTables = body.Elements<W.Table>().ToList();
        Assert.Equal(modelTables.Count, wordTables.Count);
        for (var i = 0; i < modelTables.Count; i++)
        {
            Assert.Equal(WordText.ModelRows(modelTables[i]), wordTables[i].Elements<W.TableRow>().Select(WordText.Row));
        }
        Assert.Equal(ModelOrientations(model), TableOrientations(docx));
    }

    /// <summary>The orientation each table of the model is in: the last section break before it decides.</summary>
    private static List<W.PageOrientationValues> ModelOrientations(M.Document model)
    {
        var current = M.PageOrientation.Portrait;
        var result = new List<W.PageOrientationValues>();
        foreach (var block in model.Blocks)
        {
            if (block is M.SectionBreak s)
            {
                current = s.Orientation;
            }
            else if (block is M.Table t && t.HeaderRows.Count + t.BodyRows.Count > 0)
            {
                result.Add(current == M.PageOrientation.Landscape ? W.PageOrientationValues.Landscape : W.PageOrientationValues.Portrait);
            }
        }
        return result;
    }

    /// <summary>The orientation of the section each Word table is in (a section ends at the paragraph carrying its w:sectPr).</summary>
    private static List<W.PageOrientationValues> TableOrientations(Rendered docx)
    {
        var body = docx.Main.Document!.Body!;
        var result = new List<W.PageOrientationValues>();
        var pending = 0;
        foreach (var element in body.Elements())
        {
            var sectPr = element switch
            {
                W.Paragraph p => p.ParagraphProperties?.SectionProperties,
                W.SectionProperties s => s,
                _ => null,
            };
            if (element is W.Table)
            {
                pending++;
            }
            if (sectPr is not null)
            {
                var orientation = sectPr.GetFirstChild<W.PageSize>()!.Orient?.Value ?? W.PageOrientationValues.Portrait;
                result.AddRange(Enumerable.Repeat(orientation, pending));
                pending = 0;
            }
        }
        return result;
    }
}
