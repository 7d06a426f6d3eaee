using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ReportGen.Pdf.Tests;

/// <summary>One renderer for all tests (fonts scanned and opened once, as in a batch).</summary>
public static class Shared
{
    public static PdfRenderer Renderer { get; } = new();

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

    /// <summary>The repository the tests were built from (stamped at build time).</summary>
    public static string RepoRoot { get; } =
        typeof(Shared).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
}

/// <summary>Formatting must not depend on the machine: every test runs under the invariant culture.</summary>
internal static class InvariantCultureSetup
{
    [ModuleInitializer]
    internal static void Init()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    }
}
