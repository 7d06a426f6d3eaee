using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGen.Xlsx;

/// <summary>The shared string table, in first-use order.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private int _uses;

    public int Index(string text)
    {
        _uses++;
        if (!_index.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _index[text] = index;
            _strings.Add(text);
        }
        return index;
    }

    public SharedStringTable Build() =>
        new(_strings.Select(s => new SharedStringItem(new Text(s) { Space = Preserve(s) })))
        {
            Count = (uint)_uses,
            UniqueCount = (uint)_strings.Count,
        };

    private static DocumentFormat.OpenXml.SpaceProcessingModeValues? Preserve(string s) =>
        s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n')) ? DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve : null;
}
