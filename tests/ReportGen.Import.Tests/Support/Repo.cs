using System.Reflection;

namespace ReportGen.Import.Tests.Support;

/// <summary>Paths of the repository the tests were built from (stamped at build time).</summary>
internal static class Repo
{
    public static string Root { get; } = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepoRoot").Value!;

    public static string Templates => Path.Combine(Root, "templates");

    public static string ReferenceData => Path.Combine(Root, "data", "yubei-zwfw-2024.json");

    public static string Schema => Path.Combine(Root, "schemas", "budget.schema.json");
}
