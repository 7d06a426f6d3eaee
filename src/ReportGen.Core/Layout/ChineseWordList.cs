using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ReportGen.Core.Layout;

/// <summary>
/// jieba's dictionary (349,046 words with their frequencies) as a sorted list embedded in the
/// assembly (made at build time by Layout/ChineseWordList.targets from jieba.NET's dict.txt), and
/// jieba's "accurate mode without HMM" cut over it: the same words jieba.NET's
/// <c>Cut(text, cutAll: false, hmm: false)</c> returns, without its one-second dictionary load
/// (reading the list takes a few milliseconds). Immutable once loaded: any number of threads may cut.
/// </summary>
internal sealed class ChineseWordList
{
    private const string ResourceName = "ReportGen.Core.chinese-words.bin";

    private static readonly Lazy<ChineseWordList> Loaded = new(Load);

    private readonly int[] _starts;
    private readonly int[] _frequencies;
    private readonly string _chars;
    private readonly double _logTotal;

    private ChineseWordList(int[] starts, int[] frequencies, string chars, long total)
    {
        _starts = starts;
        _frequencies = frequencies;
        _chars = chars;
        _logTotal = Math.Log(total);
    }

    /// <summary>The list, read from the assembly on first use.</summary>
    public static ChineseWordList Instance => Loaded.Value;

    public int Count => _frequencies.Length;

    private static ChineseWordList Load()
    {
        using var stage = Diagnostics.StageTrace.Stage("chinese-words.load");
        using var stream = typeof(ChineseWordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} missing from {typeof(ChineseWordList).Assembly.GetName().Name}");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Parse(bytes);
    }

    internal static ChineseWordList Parse(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("RGWL"u8) || BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != 1)
        {
            throw new InvalidDataException("the Chinese word list is not in format RGWL 1");
        }
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        var total = BinaryPrimitives.ReadInt64LittleEndian(bytes[12..]);
        var charCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[20..]);
        var lengths = bytes.Slice(24, count);
        var frequencyBytes = bytes.Slice(24 + count, 4 * count);
        var charBytes = bytes.Slice(24 + 5 * count, 2 * charCount);
        var starts = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            starts[i + 1] = starts[i] + lengths[i];
        }
        var frequencies = MemoryMarshal.Cast<byte, int>(frequencyBytes).ToArray();
        var chars = new string(MemoryMarshal.Cast<byte, char>(charBytes));
        if (!BitConverter.IsLittleEndian)
        {
            frequencies = [.. frequencies.Select(BinaryPrimitives.ReverseEndianness)];
            chars = new string([.. chars.Select(c => (char)BinaryPrimitives.ReverseEndianness(c))]);
        }
        return new ChineseWordList(starts, frequencies, chars, total);
    }

    private ReadOnlySpan<char> Word(int index) => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>The index of the first word not less than <paramref name="key"/> (ordinal), or <see cref="Count"/>.</summary>
    private int LowerBound(ReadOnlySpan<char> key, int lo, int hi)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Word(mid).SequenceCompareTo(key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The frequency of <paramref name="word"/>: 0 when it is not a word of the dictionary.</summary>
    public int Frequency(ReadOnlySpan<char> word)
    {
        var i = LowerBound(word, 0, Count);
        return i < Count && Word(i).SequenceEqual(word) ? _frequencies[i] : 0;
    }

    /// <summary>
    /// The words of <paramref name="text"/> as jieba cuts it in accurate mode without HMM: runs of
    /// ideographs, ASCII letters and digits and <c>+#&amp;._%·-</c> are cut along the most probable
    /// path through the dictionary's words (adjacent single ASCII letters and digits joined); every
    /// other character is a word of its own, except a CR LF pair.
    /// </summary>
    public List<string> Cut(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (InBlock(text[i]))
            {
                var start = i;
                while (i < text.Length && InBlock(text[i]))
                {
                    i++;
                }
                CutBlock(text.Substring(start, i - start), words);
            }
            else
            {
                var length = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                words.Add(text.Substring(i, length));
                i += length;
            }
        }
        return words;
    }

    /// <summary>The characters of jieba's default block pattern <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%·\-]</c>.</summary>
    private static bool InBlock(char c) => c is >= '\u4E00' and <= '\u9FD5' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
        or '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    private static bool IsAsciiAlphanumeric(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    private void CutBlock(string block, List<string> words)
    {
        var n = block.Length;
        // route: from each position, the end of the best first word and the log-probability of the best path.
        var next = new int[n + 1];
        var score = new double[n + 1];
        for (var k = n - 1; k >= 0; k--)
        {
            var bestEnd = -1;
            var best = double.MinValue;
            var any = false;
            // Words starting at k, shortest first, while the text from k is still a prefix of some word.
            int lo = 0, hi = Count;
            for (var end = k; end < n; end++)
            {
                var fragment = block.AsSpan(k, end - k + 1);
                lo = LowerBound(fragment, lo, hi);
                if (lo == Count || !Word(lo).StartsWith(fragment))
                {
                    break;
                }
                if (Word(lo).Length == fragment.Length && _frequencies[lo] > 0)
                {
                    any = true;
                    Consider(end, Math.Log(_frequencies[lo]));
                }
            }
            if (!any)
            {
                // Not the start of any word: the character alone, with jieba's frequency 1 for unknown words.
                Consider(k, Math.Log(1));
            }
            next[k] = bestEnd;
            score[k] = best;

            void Consider(int end, double logFrequency)
            {
                var value = logFrequency - _logTotal + score[end + 1];
                if (best < value)
                {
                    best = value;
                    bestEnd = end;
                }
            }
        }
        var buffer = "";
        for (var x = 0; x < n;)
        {
            var y = next[x] + 1;
            var word = block.Substring(x, y - x);
            if (word.Length == 1 && IsAsciiAlphanumeric(word[0]))
            {
                buffer += word;
            }
            else
            {
                if (buffer.Length > 0)
                {
                    words.Add(buffer);
                    buffer = "";
                }
                words.Add(word);
            }
            x = y;
        }
        if (buffer.Length > 0)
        {
            words.Add(buffer);
        }
    }
}
