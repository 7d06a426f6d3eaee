using System.Globalization;

namespace ReportGen.Pdf.Tests;

/// <summary>One renderer for all tests (fonts scanned and opened once, as in a batch); the invariant culture forced.</summary>
public static class Shared
{
    public static PdfRenderer Renderer { get; } = Create();

    private static PdfRenderer Create()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        return new PdfRenderer();
    }

    /// <summary>Where tests leave files for a person to look at.</summary>
    public static string OutputDirectory
    {
        get
        {
            var dir = Path.Combine(Path.GetTempPath(), "reportgen-pdf-tests");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
