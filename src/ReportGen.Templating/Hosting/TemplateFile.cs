using Scriban;

namespace ReportGen.Templating.Hosting;

/// <summary>One parsed template file of a <see cref="TemplateSet"/>, with what error reports need of its text.</summary>
internal sealed class TemplateFile
{
    private readonly int[] _lineStarts;

    public TemplateFile(string name, string displayPath, string text, Template template)
    {
        Name = name;
        DisplayPath = displayPath;
        Text = text;
        Template = template;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = [.. starts];
    }

    /// <summary>Name relative to the template folder with "/" separators, e.g. "tables/05-general.sbn".</summary>
    public string Name { get; }

    /// <summary>The path shown in diagnostics, e.g. "templates/tables/05-general.sbn".</summary>
    public string DisplayPath { get; }

    public string Text { get; }

    public Template Template { get; }

    /// <summary>The 1-based line and column of a character offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The text of a 1-based line without its line break; null past the end.</summary>
    public string? Line(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return null;
        }
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return Text[start..end].TrimEnd('\r');
    }
}
