using ReportGen.Core.Documents;
using ReportGen.Templating.Hosting;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

/// <summary>
/// The cookbook of docs/templates.zh-CN.md, run as written. A recipe is a "### " section with
/// <c>```edit FILE</c> blocks ("- " lines: the default text, which must occur exactly once in FILE;
/// "+ " lines: what it becomes) and <c>```result 元</c> / <c>```result 万元</c> blocks (each line must be
/// in the document made from the reference department, shown in 元 or in 万元, with the edited copy of
/// the templates, in the order given) and <c>```absent …</c> blocks (lines that must not be in it).
/// </summary>
public sealed class CookbookTests
{
    public sealed record Edit(string File, string From, string To);

    public sealed record Check(string Units, bool Present, IReadOnlyList<string> Lines);

    public sealed record Recipe(string Title, IReadOnlyList<Edit> Edits, IReadOnlyList<Check> Checks)
    {
        public override string ToString() => Title;
    }

    internal static List<Recipe> Parse(string[] lines)
    {
        var recipes = new List<Recipe>();
        string? title = null;
        var edits = new List<Edit>();
        var checks = new List<Check>();
        void Close()
        {
            if (title is not null && (edits.Count > 0 || checks.Count > 0))
            {
                recipes.Add(new Recipe(title, [.. edits], [.. checks]));
            }
            edits.Clear();
            checks.Clear();
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal) || line.StartsWith("### ", StringComparison.Ordinal))
            {
                Close();
                title = line.StartsWith("### ", StringComparison.Ordinal) ? line[4..] : null;
                continue;
            }
            if (!line.StartsWith("```edit ", StringComparison.Ordinal) && !line.StartsWith("```result ", StringComparison.Ordinal) && !line.StartsWith("```absent ", StringComparison.Ordinal))
            {
                continue;
            }
            var info = line[3..].Split(' ', 2);
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                body.Add(lines[i]);
            }
            Assert.True(title is not null, $"a ```{info[0]} block outside a ### recipe: {line}");
            if (info[0] == "edit")
            {
                Assert.All(body, b => Assert.True(b.StartsWith("- ", StringComparison.Ordinal) || b.StartsWith("+ ", StringComparison.Ordinal) || b is "-" or "+", $"{title}: edit lines start with \"- \" or \"+ \": {b}"));
                string Side(char mark) => string.Join("\n", body.Where(b => b[0] == mark).Select(b => b.Length > 2 ? b[2..] : ""));
                edits.Add(new Edit(info[1], Side('-'), Side('+')));
            }
            else
            {
                checks.Add(new Check(info[1], info[0] == "result", body));
            }
        }
        Close();
        return recipes;
    }

    private static List<Recipe> Recipes() => Parse(File.ReadAllLines(Repo.Docs("templates.zh-CN.md")));

    public static TheoryData<string> Titles()
    {
        var data = new TheoryData<string>();
        foreach (var recipe in Recipes())
        {
            data.Add(recipe.Title);
        }
        return data;
    }

    [Fact]
    public void The_guide_has_the_recipes_of_the_issue() => Assert.True(Recipes().Count >= 12, $"only {Recipes().Count} recipes found");

    [Theory]
    [MemberData(nameof(Titles))]
    public void Recipe_gives_the_documented_result(string title)
    {
        var recipe = Recipes().Single(r => r.Title == title);
        Assert.NotEmpty(recipe.Checks);
        var folder = Path.Combine(Path.GetTempPath(), "rg-cookbook-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in Directory.GetFiles(Repo.Templates, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(Repo.Templates, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            foreach (var edit in recipe.Edits)
            {
                var path = Path.Combine(folder, edit.File);
                var text = File.ReadAllText(path).ReplaceLineEndings("\n");
                var count = text.Split(edit.From).Length - 1;
                Assert.True(count == 1, $"{edit.File}: expected exactly one «{edit.From}», found {count}");
                File.WriteAllText(path, text.Replace(edit.From, edit.To, StringComparison.Ordinal));
            }
            var set = TemplateSet.Load(folder, "templates");
            Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
            var renderer = new TemplateRenderer(set);
            foreach (var check in recipe.Checks)
            {
                var json = Build.ReferenceJson();
                if (check.Units == "万元")
                {
                    json["department"]!["displayUnit"] = "万元";
                }
                else
                {
                    Assert.Equal("元", check.Units);
                }
                var result = renderer.Render(Build.Load(json));
                Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
                var text = PlainTextWriter.Write(result.Document!);
                var from = 0;
                foreach (var line in check.Lines.Where(l => l.Length > 0))
                {
                    var at = text.IndexOf(line, check.Present ? from : 0, StringComparison.Ordinal);
                    Assert.True(at >= 0 == check.Present,
                        $"{(check.Present ? "not found (after the lines before it)" : "found")} ({check.Units}): {line}");
                    from = Math.Max(from, at);
                }
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
