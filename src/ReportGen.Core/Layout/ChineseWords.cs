using System.Collections.Concurrent;

namespace ReportGen.Core.Layout;

/// <summary>
/// Where Chinese text may break without cutting a word: the word boundaries jieba finds with its
/// dictionary ("科目/编码", "用/事业/基金/弥补/收支/差额", "重庆市/渝北区/综合/行政/执法局"). Used
/// for table header labels and titles, so that "科目编/码" or "综/合行政执法" cannot happen, and by
/// the column widths of both renderers (a column is never narrower than its longest header word).
/// The dictionary is jieba's, embedded as a compact word list (<see cref="ChineseWordList"/>) read on
/// the first cut (a few milliseconds); results are cached. Safe to use from any number of threads.
/// </summary>
public static class ChineseWords
{
    private static readonly ConcurrentDictionary<string, string[]> Cache = new(StringComparer.Ordinal);

    /// <summary>The words of <paramref name="text"/> in order; their concatenation is the text.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        if (text.Length < 2)
        {
            return text.Length == 0 ? [] : [text];
        }
        return Cache.GetOrAdd(text, static t => [.. ChineseWordList.Instance.Cut(t)]);
    }

    /// <summary>
    /// The pieces a label may break into: its words, a single-ideograph word joined to the word after
    /// it (or before it, at the end) so that no line of a label holds one character alone
    /// ("用事业/基金", "公务/接待费", "货物类"). With <paramref name="compounds"/>, a word of four or more
    /// ideographs also breaks between the dictionary words it is made of ("财政/拨款", "事业/单位"),
    /// never leaving one character alone: for the narrow columns of empty sources, which stack short words.
    /// A number keeps the unit after it ("比2023年/预算", not "比2023/年预算"; "12/万元" cannot happen).
    /// </summary>
    public static IReadOnlyList<string> BreakUnits(string text, bool compounds)
    {
        var units = BreakUnits(text);
        if (!compounds)
        {
            return units;
        }
        var result = new List<string>();
        foreach (var unit in units)
        {
            SplitCompound(unit, result);
        }
        return result;
    }

    /// <summary>Adds <paramref name="word"/> to <paramref name="into"/>, split where both sides (two ideographs or more) are dictionary words, the most even split first.</summary>
    private static void SplitCompound(string word, List<string> into)
    {
        if (word.Length >= 4 && word.All(IsIdeograph))
        {
            foreach (var k in Enumerable.Range(2, word.Length - 3).OrderBy(k => Math.Abs(2 * k - word.Length)).ThenBy(k => k))
            {
                if (ChineseWordList.Instance.Frequency(word.AsSpan(0, k)) > 0 && ChineseWordList.Instance.Frequency(word.AsSpan(k)) > 0)
                {
                    SplitCompound(word[..k], into);
                    SplitCompound(word[k..], into);
                    return;
                }
            }
        }
        into.Add(word);
    }

    /// <summary><see cref="BreakUnits(string, bool)"/> without splitting compounds.</summary>
    public static IReadOnlyList<string> BreakUnits(string text)
    {
        var units = new List<string>();
        var pending = "";
        foreach (var word in Split(text))
        {
            if (pending.Length == 0 && units.Count > 0 && char.IsAsciiDigit(units[^1][^1]) && StartsWithUnit(word))
            {
                units[^1] += word;
                continue;
            }
            if (word.Length == 1 && IsIdeograph(word[0]))
            {
                pending += word;
                continue;
            }
            units.Add(pending + word);
            pending = "";
        }
        if (pending.Length > 0)
        {
            if (units.Count > 0 && !units[^1].EndsWith('\n') && !string.IsNullOrWhiteSpace(units[^1]))
            {
                units[^1] += pending;
            }
            else
            {
                units.Add(pending);
            }
        }
        return units;
    }

    /// <summary>Units and counters a number is read with: 2023年, 12万元, 3个, 5项, 10%.</summary>
    private static bool StartsWithUnit(string word) => word.Length > 0 && "年月日元万亿千百个项人辆台次套件%％".Contains(word[0], StringComparison.Ordinal)
        && (word.Length == 1 || word is "万元" or "亿元" or "千元" or "百万" or "年度");

    private static bool IsIdeograph(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>
    /// For each UTF-16 index i of <paramref name="text"/>, whether a break unit (<see cref="BreakUnits"/>)
    /// ends there (a break may follow the character at i); the last index is always true.
    /// </summary>
    public static bool[] WordEnds(string text, bool compounds = false)
    {
        var ends = new bool[text.Length];
        var i = 0;
        foreach (var word in BreakUnits(text, compounds))
        {
            i += word.Length;
            if (i > 0 && i <= ends.Length)
            {
                ends[i - 1] = true;
            }
        }
        if (ends.Length > 0)
        {
            ends[^1] = true;
        }
        return ends;
    }

    /// <summary>The longest word of <paramref name="text"/>, in characters (text elements are not needed: CJK words).</summary>
    public static int LongestWord(string text) => Split(text).Select(w => w.Length).DefaultIfEmpty(0).Max();

    /// <summary>
    /// <paramref name="text"/> broken between words into the fewest lines no wider than
    /// <paramref name="width"/> (a word wider than that gets a line of its own), with lines as even
    /// as that count allows ("公务/接待费", not "公务接待/费"). Explicit line breaks are kept.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure, bool compounds = false)
    {
        var result = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var words = BreakUnits(paragraph, compounds);
            var lines = Greedy(words, width, measure);
            var (lo, hi) = (words.Select(measure).DefaultIfEmpty(0).Max(), width);
            for (var i = 0; i < 20 && hi - lo > width / 200; i++)
            {
                var mid = (lo + hi) / 2;
                var trial = Greedy(words, mid, measure);
                if (trial.Count <= lines.Count)
                {
                    lines = trial;
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }
            result.AddRange(lines.Count == 0 ? [""] : lines);
        }
        return result;
    }

    private static List<string> Greedy(IReadOnlyList<string> words, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            if (line.Length > 0 && measure(line + word) > width)
            {
                lines.Add(line.TrimEnd());
                line = word.TrimStart();
            }
            else
            {
                line += word;
            }
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        return lines;
    }
}
