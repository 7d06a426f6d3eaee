using ReportGen.Core.IO;
using ReportGen.Core.Styling;
using ReportGen.Templating.Hosting;

namespace ReportGen.Dist.Tests;

/// <summary>The template set, style sheet and schema built into the program, and <c>templates export</c>'s library side.</summary>
public sealed class BuiltInResourcesTests : IDisposable
{
    private static readonly string Root = Processes.RepositoryRoot();
    private readonly string _dir = Directory.CreateTempSubdirectory("rg-builtin-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_built_in_templates_are_the_repositorys_files_byte_for_byte()
    {
        var folder = FileTree.Folder(Path.Combine(Root, "templates"));
        Assert.Equal(folder.Files(), BuiltInResources.Templates.Files());
        Assert.Contains("tables/05-general.sbn", BuiltInResources.Templates.Files());
        Assert.Equal(ContentHash.OfTree(folder), ContentHash.OfTree(BuiltInResources.Templates));
        Assert.Null(BuiltInResources.Templates.DiskPath);
    }

    [Fact]
    public void The_built_in_schema_is_the_repositorys()
    {
        Assert.Equal(["budget.schema.json"], BuiltInResources.Schemas.Files());
        Assert.Equal(File.ReadAllBytes(Path.Combine(Root, "schemas", "budget.schema.json")), BuiltInResources.Schemas.TryRead("budget.schema.json", out _));
    }

    [Fact]
    public void The_built_in_set_loads_and_its_messages_name_it()
    {
        var set = TemplateSet.Load(BuiltInResources.Templates);
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        Assert.Contains(TemplateSet.EntryName, set.Names);
        var style = PipelineSetup.Style(null, BuiltInResources.Templates);
        Assert.Equal("内置模板/style.json", style.Display);
        Assert.Equal(StyleSheet.Load(Path.Combine(Root, "templates", "style.json")).Fonts["body"].Families, PipelineSetup.LoadStyle(style).Fonts["body"].Families);
        Assert.Null(BuiltInResources.Templates.TryRead("missing.sbn", out var problem));
        Assert.Equal("程序内置的文件中没有它", problem);
    }

    [Fact]
    public void Export_writes_every_file_then_refuses_to_overwrite_an_edit_unless_forced()
    {
        var first = TemplateExport.Run(BuiltInResources.Templates, _dir, force: false);
        Assert.True(first.Complete);
        Assert.Equal(BuiltInResources.Templates.Files(), first.Written);
        Assert.Equal(ContentHash.OfTree(BuiltInResources.Templates), ContentHash.OfFolder(_dir));

        var settings = Path.Combine(_dir, "settings.json");
        File.WriteAllText(settings, "{}");
        File.WriteAllText(Path.Combine(_dir, "mine.sbn"), "自己的模板");
        var refused = TemplateExport.Run(BuiltInResources.Templates, _dir, force: false);
        Assert.False(refused.Complete);
        Assert.Equal(["settings.json"], refused.Refused);
        Assert.Empty(refused.Written);
        Assert.Equal("{}", File.ReadAllText(settings));

        var forced = TemplateExport.Run(BuiltInResources.Templates, _dir, force: true);
        Assert.True(forced.Complete);
        Assert.Equal(["settings.json"], forced.Replaced);
        Assert.Equal(BuiltInResources.Templates.TryRead("settings.json", out _), File.ReadAllBytes(settings));
        Assert.Equal("自己的模板", File.ReadAllText(Path.Combine(_dir, "mine.sbn")));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp-*", SearchOption.AllDirectories));
    }
}
