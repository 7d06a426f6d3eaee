using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ReportGen.Templating.Tests.Support;

/// <summary>Paths of the repository the tests were built from (stamped at build time; else found above the current directory).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string ReferenceData => Path.Combine(Root, "data", "yubei-zwfw-2024.json");

    public static string Docs(string name) => Path.Combine(Root, "docs", name);

    /// <summary>The published reference text, when the shared folder is present on this machine.</summary>
    public static string? ReferenceText
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", "yubei-zwfw-2024-budget-explanation.txt"));
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
    }

    private static string FindRoot()
    {
        var stamped = typeof(Repo).Assembly.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "ReportGen.sln")))
        {
            return stamped;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ReportGen.sln not found (build stamp or current directory)");
    }
}

/// <summary>Money formatting must not depend on the machine: every test runs under the invariant culture.</summary>
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
