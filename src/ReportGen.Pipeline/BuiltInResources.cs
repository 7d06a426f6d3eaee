using ReportGen.Core.IO;

namespace ReportGen.Pipeline;

/// <summary>
/// The files built into the program: the default template set (templates/, with style.json and
/// settings.json) and the data schema (schemas/). Read in place from the assembly's manifest
/// resources; the repository's folders are the source they are built from.
/// </summary>
public static class BuiltInResources
{
    /// <summary>How messages name the built-in template set.</summary>
    public const string TemplatesDisplay = "内置模板";

    /// <summary>The default template set.</summary>
    public static FileTree Templates { get; } = FileTree.Embedded(typeof(BuiltInResources).Assembly, "templates/", TemplatesDisplay);

    /// <summary>The JSON schema(s) of the data files (budget.schema.json).</summary>
    public static FileTree Schemas { get; } = FileTree.Embedded(typeof(BuiltInResources).Assembly, "schemas/", "内置数据格式说明");
}
