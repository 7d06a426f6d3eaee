using System.Reflection;
using ReportGen.Templating.Hosting;
using Scriban.Runtime;

namespace ReportGen.Templating.Functions;

/// <summary>Builds the global object with the domain functions (and <c>include</c> over a template set), once per run.</summary>
internal static class FunctionLibrary
{
    public static ScriptObject Create(TemplateSet? templates)
    {
        var library = new ScriptObject();
        library.Import(typeof(ReportFunctions), ScriptMemberImportFlags.Method, null, StandardMemberRenamer.Default);
        if (templates is not null)
        {
            library.SetValue("include", new IncludeFunction(templates), true);
        }
        library.IsReadOnly = true;
        return library;
    }

    /// <summary>The template names of the functions (for documentation checks).</summary>
    public static IEnumerable<string> Names =>
        typeof(ReportFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => StandardMemberRenamer.Rename(m.Name))
            .Distinct()
            .Order(StringComparer.Ordinal);
}
