using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Rendering;
using ReportGen.Core.Validation;
using ReportGen.Pipeline;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;
using ReportGen.Cli.Tests.Batch;

namespace ReportGen.Cli.Tests.Faults;

/// <summary>
/// The hostile-user campaign as a test: every field of the reference data is damaged, one damage at a
/// time (numbers negative, huge, beyond decimal, with many decimals, NaN-like strings; texts empty, blank,
/// with control characters, 100 KB long; lists empty, with a duplicated entry, an entry missing a key;
/// objects missing each key; every value of another type). For each damaged file either validation
/// refuses it — every error in Chinese, located (JSON path or line), no English fragment — or the
/// build writes every format complete, with no error. Never an exception.
/// <para>
/// The space (about 12,000 damages) is sampled deterministically to stay within a minute; set
/// <c>REPORTGEN_MUTATIONS=all</c> to run every damage, or a number for that many.
/// </para>
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed partial class MutationCampaignTests : IDisposable
{
    private const int DefaultSample = 150;
    private static readonly string Reference = Path.Combine(AppContext.BaseDirectory, "data", "yubei-zwfw-2024.json");
    private readonly string _out = Directory.CreateTempSubdirectory("rg-mutation-").FullName;

    public void Dispose() => Directory.Delete(_out, true);

    /// <summary>A damaged copy of the reference: the path damaged, how, and the file's text.</summary>
    public sealed record Mutation(string Path, string Damage, string Json);

    [Fact]
    public void Every_damage_of_every_field_is_refused_in_chinese_or_built_complete()
    {
        var all = Mutations(JsonNode.Parse(File.ReadAllText(Reference))!).ToList();
        Assert.True(all.Count > 5_000, $"{all.Count} damages");
        var wanted = Environment.GetEnvironmentVariable("REPORTGEN_MUTATIONS");
        var count = wanted == "all" ? all.Count : int.TryParse(wanted, CultureInfo.InvariantCulture, out var n) ? n : DefaultSample;
        // Deterministic: the same damages every run, spread over the whole data.
        var sample = all.Count <= count ? all : [.. all.OrderBy(m => Stable(m.Path + "\u0000" + m.Damage)).Take(count)];

        List<IDocumentRenderer> renderers = [new TextRenderer(), new Docx.DocxRenderer(), new Html.HtmlRenderer(), new Xlsx.XlsxRenderer()];
        var pipeline = Pipeline(renderers);
        // The PDF (slow) for every fifteenth accepted damage: a character no font has fails only there.
        var pdf = Pipeline([new Pdf.PdfRenderer()]);
        var headings = Headings(pipeline, File.ReadAllBytes(Reference));
        var failures = new List<string>();
        var (refused, built) = (0, 0);
        foreach (var m in sample)
        {
            var before = built;
            var problem = Check(pipeline, renderers, headings, m, ref refused, ref built);
            if (problem is null && built > before && built % 15 == 1)
            {
                problem = Pdf(pdf, m);
            }
            if (problem is not null)
            {
                failures.Add($"{m.Path} ← {m.Damage}: {problem}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sample.Count} damages mishandled:\n" + string.Join("\n", failures.Take(30)));
        // Both outcomes occur: the sample reaches the renderers, not only the validator.
        Assert.True(refused > sample.Count / 4 && built > sample.Count / 20, $"refused {refused}, built {built}");
    }

    private string? Check(DocumentPipeline pipeline, List<IDocumentRenderer> renderers, List<string> headings, Mutation m, ref int refused, ref int built)
    {
        var bytes = Encoding.UTF8.GetBytes(m.Json);
        FileValidation checkedFile;
        try
        {
            checkedFile = FileValidator.ValidateBytes(bytes, "m.json");
        }
        catch (Exception e)
        {
            return "validate threw " + e.GetType().Name + ": " + e.Message;
        }
        var errors = checkedFile.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0 || checkedFile.Unreadable)
        {
            refused++;
            return errors.Count == 0 ? "refused without an error" : errors.Select(Unfit).FirstOrDefault(p => p is not null);
        }
        built++;
        BuildOutcome outcome;
        try
        {
            outcome = pipeline.Build("m.json", bytes, _out);
        }
        catch (Exception e)
        {
            return "build threw " + e.GetType().Name + ": " + e.Message;
        }
        if (outcome.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
        {
            return "accepted by validate, then the build failed: " + error.Message;
        }
        if (outcome.Diagnostics.Select(Unfit).FirstOrDefault(p => p is not null) is { } bad)
        {
            return bad;
        }
        if (outcome.Written.Count != renderers.Count)
        {
            return $"wrote {outcome.Written.Count} of {renderers.Count} formats";
        }
        var text = File.ReadAllText(Path.Combine(_out, "m.txt"));
        return headings.FirstOrDefault(h => !text.Contains(h, StringComparison.Ordinal)) is { } missing ? "the document lacks “" + missing + "”" : null;
    }

    private string? Pdf(DocumentPipeline pdf, Mutation m)
    {
        try
        {
            var outcome = pdf.Build("m.json", Encoding.UTF8.GetBytes(m.Json), _out);
            return outcome.Succeeded && outcome.Written.Count == 1 ? null : "the PDF failed: " + string.Join("；", outcome.Diagnostics.Where(d => d.IsError).Select(d => d.Message));
        }
        catch (Exception e)
        {
            return "the PDF threw " + e.GetType().Name + ": " + e.Message;
        }
    }

    /// <summary>Why a message is not one a person can act on, or null.</summary>
    private static string? Unfit(Diagnostic d)
    {
        if (d.Path is null && d.Line is null)
        {
            return "an error without a place: " + d.Message;
        }
        if (!Chinese().IsMatch(d.Message))
        {
            return "not in Chinese: " + d.Message;
        }
        // Field names and JSON paths are quoted in messages; three English words in a row are prose.
        return EnglishProse().IsMatch(d.Message) || d.Message.Contains("Exception", StringComparison.Ordinal)
            ? "English in the message: " + d.Message
            : null;
    }

    private static DocumentPipeline Pipeline(List<IDocumentRenderer> renderers)
    {
        var templates = Path.Combine(AppContext.BaseDirectory, "templates");
        return new DocumentPipeline(new TemplateRenderer(TemplateSet.Load(templates, "templates")), PipelineSetup.LoadStyle(Path.Combine(templates, "style.json")),
            renderers, PipelineSetup.RenderOptionsFromEnvironment(), ValidationOptions.Default);
    }

    /// <summary>The chapter and table headings of the reference's text: every complete document has them all.</summary>
    private List<string> Headings(DocumentPipeline pipeline, byte[] reference)
    {
        var outcome = pipeline.Build("m.json", reference, _out);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Diagnostics));
        var headings = File.ReadAllLines(Path.Combine(_out, "m.txt")).Where(l => Heading().IsMatch(l)).Distinct().ToList();
        Assert.True(headings.Count >= 20, string.Join("\n", headings));
        return headings;
    }

    // ---- the damages ----

    private static readonly (string Name, Func<JsonNode?> Value)[] NumberDamages =
    [
        ("负数", () => JsonValue.Create(-1m)),
        ("-0.01", () => JsonValue.Create(-0.01m)),
        ("0", () => JsonValue.Create(0m)),
        ("30", () => JsonValue.Create(30m)),
        ("1e15", () => JsonValue.Create(1_000_000_000_000_000m)),
        ("1e28", () => JsonNode.Parse("1e28")),
        ("最大 decimal", () => JsonNode.Parse("79228162514264337593543950335")),
        ("超出 decimal", () => JsonNode.Parse("792281625142643375935439503350")),
        ("多位小数", () => JsonValue.Create(1.23456789m)),
        ("1e-30", () => JsonNode.Parse("1e-30")),
        ("\"NaN\"", () => JsonValue.Create("NaN")),
        ("\"Infinity\"", () => JsonValue.Create("Infinity")),
        ("\"1,000\"", () => JsonValue.Create("1,000")),
    ];

    private static readonly (string Name, Func<JsonNode?> Value)[] TextDamages =
    [
        ("空", () => JsonValue.Create("")),
        ("空白", () => JsonValue.Create(" \u3000 ")),
        ("控制字符", () => JsonValue.Create("甲\u0001乙")),
        ("零宽", () => JsonValue.Create("甲\u200B乙")),
        ("U+FFFF", () => JsonValue.Create("甲\uFFFF乙")),
        ("U+2028", () => JsonValue.Create("甲\u2028乙")),
        ("私用区", () => JsonValue.Create("甲\uE000乙")),
        ("表情符号", () => JsonValue.Create("甲\U0001F600乙")),
        ("扩展B区汉字", () => JsonValue.Create("甲\U00020000乙")),
        ("100 KB", () => JsonValue.Create(string.Concat(Enumerable.Repeat("很长的文字内容，", 12_800)))),
        ("3 万字", () => JsonValue.Create(string.Concat(Enumerable.Repeat("很长的文字内容，", 3_750)))),
        ("换行", () => JsonValue.Create("第一行\n第二行")),
        ("模板语法", () => JsonValue.Create("{{ 1 + 1 }}{% raw %}<script>alert(1)</script>&amp;")),
        ("单字", () => JsonValue.Create("甲")),
    ];

    private static readonly (string Name, Func<JsonNode?> Value)[] TypeDamages =
    [
        ("null", () => null),
        ("true", () => JsonValue.Create(true)),
        ("数字", () => JsonValue.Create(5)),
        ("文字", () => JsonValue.Create("五")),
        ("数组", () => new JsonArray()),
        ("对象", () => new JsonObject()),
    ];

    /// <summary>Every damage of every value of <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<Mutation> Mutations(JsonNode root)
    {
        foreach (var (path, node) in Nodes(root, "$"))
        {
            if (path == "$")
            {
                continue;
            }
            var damages = node switch
            {
                JsonValue v when v.GetValueKind() == JsonValueKind.Number => NumberDamages,
                JsonValue v when v.GetValueKind() == JsonValueKind.String => TextDamages,
                _ => [],
            };
            foreach (var (name, value) in damages.Concat(TypeDamages))
            {
                yield return new(path, name, Replace(root, path, _ => value()));
            }
            if (node is JsonArray array && array.Count > 0)
            {
                yield return new(path, "重复第一项", Replace(root, path, a => { var copy = (JsonArray)a!.DeepClone(); copy.Insert(1, copy[0]!.DeepClone()); return copy; }));
                yield return new(path, "删去第一项", Replace(root, path, a => { var copy = (JsonArray)a!.DeepClone(); copy.RemoveAt(0); return copy; }));
            }
            if (node is JsonObject obj)
            {
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    yield return new(path, "缺少 " + key, Replace(root, path, o => { var copy = (JsonObject)o!.DeepClone(); copy.Remove(key); return copy; }));
                }
                yield return new(path, "多余的键", Replace(root, path, o => { var copy = (JsonObject)o!.DeepClone(); copy["未知字段"] = 1; return copy; }));
            }
        }
    }

    private static IEnumerable<(string Path, JsonNode? Node)> Nodes(JsonNode? node, string path)
    {
        yield return (path, node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    foreach (var inner in Nodes(value, path + "." + key))
                    {
                        yield return inner;
                    }
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var inner in Nodes(a[i], $"{path}[{i}]"))
                    {
                        yield return inner;
                    }
                }
                break;
        }
    }

    /// <summary>The JSON text of <paramref name="root"/> with the node at <paramref name="path"/> replaced by <paramref name="change"/>(old node).</summary>
    private static string Replace(JsonNode root, string path, Func<JsonNode?, JsonNode?> change)
    {
        var copy = root.DeepClone();
        var parts = PathPart().Matches(path[1..]).Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToList();
        var parent = copy;
        foreach (var part in parts[..^1])
        {
            parent = part is int i ? parent[i]! : parent[(string)part]!;
        }
        if (parts[^1] is int index)
        {
            parent.AsArray()[index] = change(parent[index]);
        }
        else
        {
            parent.AsObject()[(string)parts[^1]] = change(parent[(string)parts[^1]]);
        }
        return copy.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>A hash that does not change between runs or machines (string.GetHashCode does).</summary>
    private static ulong Stable(string s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    [GeneratedRegex(@"\.([^.\[]+)|\[(\d+)\]")]
    private static partial Regex PathPart();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b")]
    private static partial Regex EnglishProse();

    [GeneratedRegex(@"^([一二三四五六七八九十]+、\S{2,30}|表[一二三四五六七八九十]+\S{0,40})$")]
    private static partial Regex Heading();
}
