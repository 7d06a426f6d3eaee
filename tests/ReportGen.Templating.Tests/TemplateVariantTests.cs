using System.Text.Json.Nodes;
using ReportGen.Core.Documents;
using ReportGen.Templating.Hosting;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

/// <summary>
/// The recipe "a later-year variant" of docs/templates.md: a copy of the default templates, edited
/// by plain text replacement only (no C#), gives the later-year headings, sentences and section order.
/// Every replacement must match exactly once, so a change of the default templates fails here loudly.
/// </summary>
public sealed class TemplateVariantTests
{
    /// <summary>The edits of the recipe: file, default text, variant text.</summary>
    internal static readonly (string File, string From, string To)[] Edits =
    [
        ("sections/02-overview.sbn", "# 二、部门预算总体情况", "# 二、收支总体情况"),
        ("sections/02-overview.sbn",
            "{{~ for s in income.non_zero }}{{ income_names[s.key] }}{{ money s.amount }}占{{ share s.amount income.total }}{{ if !for.last }}、{{ end }}{{ end }}。\\",
            "{{~ for k in [\"general_budget\", \"government_fund\", \"state_capital\", \"business\", \"operating\", \"other\"] }}{{ income_names[k] }}{{ money income.by_key[k].amount }}{{ if !for.last }}、{{ end }}{{ end }}。\\"),
        ("sections/03-budgets.sbn", "# 三、部门预算情况说明", "# 三、单位预算情况说明"),
        ("parts/fund-narrative.sbn",
            "{{ dept.name }}{{ dept.year }}年无使用{{ fund_title }}拨款安排的支出。",
            "{{ dept.year }}年无使用{{ fund_title }}拨款安排的支出。"),
        ("document.sbn",
            "include \"sections/06-glossary.sbn\"\ninclude \"sections/07-contact.sbn\"",
            "include \"sections/07-contact.sbn\"\ninclude \"sections/06-glossary.sbn\""),
        ("sections/06-glossary.sbn", "# 六、专业性名词解释", "# 七、专业性名词解释"),
        ("sections/07-contact.sbn", "# 七、预算公开联系方式及信息反馈", "# 六、预算公开联系方式及信息反馈"),
    ];

    private static readonly Lazy<TemplateRenderer> Variant = new(CreateVariant);

    private static TemplateRenderer CreateVariant()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rg-variant-templates-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Repo.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        foreach (var (file, from, to) in Edits)
        {
            var path = Path.Combine(folder, file);
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var count = text.Split(from).Length - 1;
            Assert.True(count == 1, $"{file}: expected exactly one match of «{from}», found {count}");
            File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        }
        var set = TemplateSet.Load(folder, "variant");
        Directory.Delete(folder, recursive: true); // the set holds the parsed templates
        Assert.False(set.HasErrors, string.Join("\n", set.Diagnostics));
        return new TemplateRenderer(set);
    }

    private static List<Block> Render(JsonNode json)
    {
        var result = Variant.Value.Render(Build.Load(json));
        Assert.True(result.Document is not null, string.Join("\n", result.Diagnostics));
        return [.. result.Document!.Blocks];
    }

    private static JsonNode Golden(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportGen.Templating.Tests", "Golden", name)))!;

    private static List<string> Level1Headings(List<Block> blocks) =>
        [.. blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Label + h.Text)];

    private static List<string> Paragraphs(List<Block> blocks) => [.. blocks.OfType<Paragraph>().Select(p => p.Text)];

    [Fact]
    public void Reference_department_in_yuan_gets_the_variant_headings_sentences_and_order()
    {
        var blocks = Render(Build.ReferenceJson());
        Assert.Equal(
            ["一、单位基本情况", "二、收支总体情况", "三、单位预算情况说明", "四、“三公”经费情况说明",
             "五、其他重要事项的情况说明", "六、预算公开联系方式及信息反馈", "七、专业性名词解释"],
            Level1Headings(blocks));
        var paragraphs = Paragraphs(blocks);
        Assert.Equal(
            "（一）收入预算：2024年年初预算总收入17,625,499.55元，其中：一般公共预算财政拨款收入17,625,499.55元、"
            + "政府性基金预算财政拨款收入0元、国有资本经营预算财政拨款收入0元、事业收入0元、事业单位经营收入0元、其他收入0元。"
            + "收入较2023年减少814,031.99元，主要是一般公共预算财政拨款收入减少814,031.99元。",
            Assert.Single(paragraphs, p => p.StartsWith("（一）收入预算：", StringComparison.Ordinal)));
        Assert.Contains("2024年无使用政府性基金预算拨款安排的支出。", paragraphs);
        Assert.Contains("2024年无使用国有资本经营预算拨款安排的支出。", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("重庆市渝北区政务服务管理办公室2024年无使用", StringComparison.Ordinal));
    }

    [Fact]
    public void Department_in_wan_spells_out_zero_sources_in_wan()
    {
        var blocks = Render(Golden("sample-jiulongpo-wan.json"));
        Assert.Contains("二、收支总体情况", Level1Headings(blocks));
        Assert.Equal(
            "（一）收入预算：2024年年初预算总收入4,339.30万元，其中：一般公共预算财政拨款收入4,107.50万元、"
            + "政府性基金预算财政拨款收入231.80万元、国有资本经营预算财政拨款收入0万元、事业收入0万元、事业单位经营收入0万元、其他收入0万元。"
            + "收入较2023年增加2,561.83万元，主要是一般公共预算财政拨款收入增加2,587.79万元，政府性基金预算财政拨款收入减少25.96万元。",
            Assert.Single(Paragraphs(blocks), p => p.StartsWith("（一）收入预算：", StringComparison.Ordinal)));
        Assert.Contains("2024年无使用国有资本经营预算拨款安排的支出。", Paragraphs(blocks));
    }

    [Fact]
    public void Glossary_now_follows_the_contact_section()
    {
        var blocks = Render(Golden("sample-jiulongpo-wan.json"));
        var headings = blocks.OfType<Heading>().Select(h => h.Text).ToList();
        var contact = headings.IndexOf("预算公开联系方式及信息反馈");
        var glossary = headings.IndexOf("专业性名词解释");
        Assert.True(contact >= 0 && glossary > contact, string.Join(" / ", headings));
    }

    [Fact]
    public void A_government_fund_zero_sentence_in_wan_when_data_is_in_yuan()
    {
        var json = Build.ReferenceJson();
        json["department"]!["displayUnit"] = "万元";
        var paragraphs = Paragraphs(Render(json));
        Assert.Contains(paragraphs, p => p.Contains("、政府性基金预算财政拨款收入0万元、", StringComparison.Ordinal));
        Assert.Contains("2024年无使用政府性基金预算拨款安排的支出。", paragraphs);
    }
}
