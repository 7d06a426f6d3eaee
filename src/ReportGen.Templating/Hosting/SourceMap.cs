namespace ReportGen.Templating.Hosting;

/// <summary>Where a piece of the rendered text came from: a template file and a character offset in it.</summary>
internal readonly record struct TemplateOrigin(string File, int Offset, bool Raw);

/// <summary>
/// Records, for each write to the output, which template text produced it, so that a mistake found
/// in the rendered markup (an unknown directive, a row with too many cells) is reported at the
/// template line that wrote it.
/// </summary>
internal sealed class SourceMap
{
    private readonly List<int> _offsets = [];
    private readonly List<TemplateOrigin> _origins = [];

    public void Add(int outputOffset, TemplateOrigin origin)
    {
        _offsets.Add(outputOffset);
        _origins.Add(origin);
    }

    /// <summary>
    /// The template file and offset that produced the output character at <paramref name="outputOffset"/>:
    /// inside literal template text the exact character, inside a <c>{{ … }}</c> value its expression.
    /// </summary>
    public TemplateOrigin? Locate(int outputOffset)
    {
        var index = _offsets.BinarySearch(outputOffset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        else
        {
            // Several empty writes may share an offset: take the last one.
            while (index + 1 < _offsets.Count && _offsets[index + 1] == outputOffset)
            {
                index++;
            }
        }
        if (index < 0)
        {
            return null;
        }
        var origin = _origins[index];
        return origin.Raw ? origin with { Offset = origin.Offset + (outputOffset - _offsets[index]) } : origin;
    }
}
