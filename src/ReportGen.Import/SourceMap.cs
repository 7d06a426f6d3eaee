using ReportGen.Core.Loading;
using ReportGen.Import.Sheets;

namespace ReportGen.Import;

/// <summary>Where each value of the imported report came from: JSON path → sheet and cell.</summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, (Sheet Sheet, Cell Cell)> _cells = new(StringComparer.Ordinal);

    public void Add(string path, Sheet sheet, Cell cell) => _cells.TryAdd(path, (sheet, cell));

    public void Add(string path, Tables.Figure figure, Sheet sheet) => Add(path, sheet, figure.Cell);

    /// <summary>The cell of the path, or of its nearest ancestor that has one.</summary>
    public (Sheet Sheet, Cell Cell)? Find(string? path)
    {
        for (var p = path; !string.IsNullOrEmpty(p); p = JsonPaths.Parent(p))
        {
            if (_cells.TryGetValue(p, out var found))
            {
                return found;
            }
        }
        return null;
    }
}
