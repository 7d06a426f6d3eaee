using System.Text;
using System.Text.Json;

namespace ReportGen.Core.Loading;

/// <summary>
/// Maps the JSON paths of a document (<c>$.expenditure.functional[0].code</c>) to their 1-based line and
/// column (columns count UTF-16 characters, as editors do). A member's position is that of its name; an
/// array element's is that of its value.
/// </summary>
public sealed class JsonPositionMap
{
    private readonly Dictionary<string, long> _offsets;
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts;

    private JsonPositionMap(byte[] utf8, Dictionary<string, long> offsets)
    {
        _utf8 = utf8;
        _offsets = offsets;
        _lineStarts = [0];
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Builds the map of a syntactically valid document.</summary>
    public static JsonPositionMap Build(byte[] utf8)
    {
        var offsets = new Dictionary<string, long>(StringComparer.Ordinal);
        static string Name(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                // An escape that is no character ("\udc00"): reported by the shape check; placed by its raw text.
                return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
            }
        }
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 64,
        });
        // One frame per open container: its path, and for arrays the index of the next element.
        var stack = new Stack<(string Path, bool IsArray, int Next)>();
        string? pendingMember = null;
        while (reader.Read())
        {
            string? valuePath = null;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingMember = JsonPaths.Member(stack.Peek().Path, Name(ref reader));
                offsets.TryAdd(pendingMember, reader.TokenStartIndex);
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }
            if (stack.Count == 0)
            {
                valuePath = "$";
                offsets.TryAdd(valuePath, reader.TokenStartIndex);
            }
            else if (stack.Peek().IsArray)
            {
                var frame = stack.Pop();
                valuePath = JsonPaths.Index(frame.Path, frame.Next);
                stack.Push(frame with { Next = frame.Next + 1 });
                offsets.TryAdd(valuePath, reader.TokenStartIndex);
            }
            else
            {
                valuePath = pendingMember!;
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                stack.Push((valuePath, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
        return new JsonPositionMap(utf8, offsets);
    }

    /// <summary>Line and column of the path, or of its nearest ancestor that the document contains.</summary>
    public (int Line, int Column)? Find(string? path)
    {
        for (var p = path; !string.IsNullOrEmpty(p); p = JsonPaths.Parent(p))
        {
            if (_offsets.TryGetValue(p, out var offset))
            {
                return LineColumn(offset);
            }
        }
        return null;
    }

    /// <summary>1-based line and column of a byte offset.</summary>
    public (int Line, int Column) LineColumn(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8, start, (int)offset - start) + 1;
        return (line + 1, column);
    }

    /// <summary>The diagnostic with the line and column of its path filled in (when not set already and the path is found).</summary>
    public Diagnostics.Diagnostic Locate(Diagnostics.Diagnostic d)
    {
        if (d.Line is not null || Find(d.Path) is not { } pos)
        {
            return d;
        }
        return d with { Line = pos.Line, Column = pos.Column };
    }
}
