using System.Reflection;

namespace ReportGen.Pipeline;

/// <summary>
/// The version of the tool as far as its output is concerned: the product version plus the build
/// identity (module version id) of every assembly that shapes a document. Deterministic builds give
/// the same ids for the same code, so any change of the program — even one that kept the version
/// number — counts as a new tool version and rebuilds the documents.
/// </summary>
public static class ToolVersion
{
    public static string Of(IEnumerable<Assembly> assemblies)
    {
        var distinct = assemblies.Distinct().OrderBy(a => a.GetName().Name, StringComparer.Ordinal).ToList();
        var product = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var plus = product.IndexOf('+');
        var ids = string.Join(",", distinct.Select(a => a.GetName().Name + "=" + a.ManifestModule.ModuleVersionId.ToString("N")));
        return (plus < 0 ? product : product[..plus]) + "+" + ContentHash.OfText(ids)[..12];
    }
}
