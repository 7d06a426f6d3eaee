using System.Text;
using System.Text.Json.Nodes;
using JiebaNet.Segmenter;
using ReportGen.Core.Layout;

namespace ReportGen.Core.Tests.Layout;

/// <summary>
/// The embedded word list (<see cref="ChineseWordList"/>) cuts text exactly as jieba.NET does with its
/// own dictionary (accurate mode, no HMM), so that replacing jieba.NET's one-second load changes no
/// break decision: checked on every text of the reference data and the templates, and on thousands
/// of generated strings mixing dictionary words, unknown ideographs, ASCII, punctuation and spaces.
/// </summary>
public class ChineseWordListTests
{
    private static readonly Lazy<JiebaSegmenter> Jieba = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        return new JiebaSegmenter();
    });

    private static string[] JiebaCut(string text) => [.. Jieba.Value.Cut(text, cutAll: false, hmm: false)];

    [Fact]
    public void The_list_holds_jiebas_dictionary()
    {
        var list = ChineseWordList.Instance;
        Assert.Equal(349_045, list.Count); // 349,046 lines, "B超" twice
        Assert.Equal(921, list.Frequency("科目")); // dict.txt: "科目 921 n"
        var lines = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "jieba", "dict.txt"), Encoding.UTF8)
            .Select(l => l.Split(' ')).Where(t => t.Length >= 2).ToList();
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in lines)
        {
            last[t[0]] = int.Parse(t[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal(last.Count, list.Count);
        foreach (var (word, frequency) in last.Where((_, i) => i % 97 == 0))
        {
            Assert.Equal(frequency, list.Frequency(word));
        }
        Assert.Equal(0, list.Frequency("中华人民共和")); // only the start of longer words ("中华人民共和国")
        Assert.Equal(0, list.Frequency("科目编")); // not in the dictionary at all
    }

    [Fact]
    public void Texts_of_the_reference_data_and_the_templates_are_cut_as_jieba_cuts_them()
    {
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), "*.json"))
        {
            Collect(JsonNode.Parse(File.ReadAllText(file)), texts);
        }
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "templates"), "*", SearchOption.AllDirectories))
        {
            texts.AddRange(File.ReadAllLines(file));
        }
        Assert.True(texts.Count > 500, $"only {texts.Count} texts");
        AssertSameCuts(texts);
    }

    [Fact]
    public void Generated_strings_are_cut_as_jieba_cuts_them()
    {
        var words = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "jieba", "dict.txt"), Encoding.UTF8)
            .Select(l => l.Split(' ')[0]).ToArray();
        var random = new Random(15);
        string[] odd = [" ", "\u3000", "\r\n", "\n", "\t", "（", "）", "、", "，", "。", "·", "-", ".", "%", "+", "#", "&", "_", "A", "b", "7", "0", "x", "年", "元", "\uD840\uDC00", "\u9FD6", "\u9FD5", "\u4E00"];
        var texts = new List<string>();
        for (var n = 0; n < 4000; n++)
        {
            var text = new StringBuilder();
            for (var pieces = random.Next(1, 12); pieces > 0; pieces--)
            {
                var kind = random.Next(10);
                text.Append(kind < 6 ? words[random.Next(words.Length)]
                    : kind < 8 ? (char)random.Next(0x4E00, 0x9FD6)
                    : odd[random.Next(odd.Length)]);
            }
            texts.Add(text.ToString());
        }
        AssertSameCuts(texts);
    }

    private static void AssertSameCuts(IEnumerable<string> texts)
    {
        var differences = texts.Distinct()
            .Select(t => (Text: t, Ours: ChineseWordList.Instance.Cut(t), Jieba: JiebaCut(t)))
            .Where(c => !c.Ours.SequenceEqual(c.Jieba))
            .Select(c => $"{c.Text}: {string.Join('/', c.Ours)} vs jieba {string.Join('/', c.Jieba)}")
            .Take(10)
            .ToList();
        Assert.Empty(differences);
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    texts.Add(key);
                    Collect(value, texts);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, texts);
                }
                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                texts.Add(s);
                break;
        }
    }
}
