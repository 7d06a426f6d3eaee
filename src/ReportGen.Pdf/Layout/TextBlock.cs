using ReportGen.Pdf.Layout.Text;

namespace ReportGen.Pdf.Layout;

/// <summary>What a <see cref="TextBlock"/> looks like besides its glyphs.</summary>
internal sealed record TextBlockStyle(LineMetrics Metrics, TextAlign Align, float FirstIndent = 0, float Indent = 0)
{
    /// <summary>No single line of a paragraph alone at the foot or the head of a page.</summary>
    public bool WidowControl { get; init; } = true;
}

/// <summary>
/// Lines of text on a fixed pitch: body paragraphs, headings, title lines, table titles and notes.
/// Pagination state: the next line to draw.
/// </summary>
internal sealed class TextBlock(int blockIndex, Glyph[] glyphs, TextBlockStyle style) : IElement
{
    private float _linesWidth = float.NaN;
    private List<Line> _lines = [];
    private int _next;

    public int BlockIndex { get; } = blockIndex;

    public bool KeepWithNext { get; init; }

    public bool BreakBefore { get; init; }

    /// <summary>The outline entry this block starts (−1 for none): its anchor is drawn with the first line.</summary>
    public int OutlineIndex { get; init; } = -1;

    public string Detail { get; init; } = "";

    public Glyph[] Glyphs { get; } = glyphs;

    public TextBlockStyle Style { get; } = style;

    public IReadOnlyList<Line> LinesFor(float width)
    {
        if (width != _linesWidth)
        {
            _lines = LineBreaker.BreakParagraph(Glyphs, width - Style.Indent - Style.FirstIndent, width - Style.Indent, Style.Align == TextAlign.Justify);
            _linesWidth = width;
        }
        return _lines;
    }

    public SpacePlan Measure(Space space)
    {
        var count = LinesToDraw(space);
        if (count < 0)
        {
            return SpacePlan.Empty();
        }
        if (count == 0)
        {
            return SpacePlan.Wrap();
        }
        var height = count * Style.Metrics.Pitch;
        return _next + count == LinesFor(space.Width).Count ? SpacePlan.Full(height) : SpacePlan.Partial(height);
    }

    /// <summary>How many lines go in <paramref name="space"/>: −1 when none are left, 0 to wrap.</summary>
    private int LinesToDraw(Space space)
    {
        var total = LinesFor(space.Width).Count;
        var remaining = total - _next;
        if (remaining <= 0)
        {
            return -1;
        }
        var fit = (int)Math.Floor((space.Height + Units.Epsilon) / Style.Metrics.Pitch);
        if (fit >= remaining)
        {
            return remaining;
        }
        var k = fit;
        if (Style.WidowControl)
        {
            if (remaining - k == 1)
            {
                k--; // a single last line would stand alone at the top of the next page
            }
            if (_next == 0 && k == 1)
            {
                k = 0; // a single first line would stand alone at the foot of this page
            }
        }
        return k <= 0 && space.AtPageTop ? Math.Max(fit, 1) : Math.Max(k, 0);
    }

    public float Draw(Space space, PageCanvas canvas, float x, float y)
    {
        var count = LinesToDraw(space);
        if (count <= 0)
        {
            return 0;
        }
        var lines = LinesFor(space.Width);
        if (_next == 0 && OutlineIndex >= 0)
        {
            canvas.Anchor(OutlineIndex, x, y);
        }
        for (var i = 0; i < count; i++)
        {
            var index = _next + i;
            var line = lines[index];
            var indent = Style.Indent + (index == 0 ? Style.FirstIndent : 0);
            var room = space.Width - indent;
            var (offset, extra) = Style.Align switch
            {
                TextAlign.Center => ((room - line.Width) / 2, 0f),
                TextAlign.Right => (room - line.Width, 0f),
                TextAlign.Justify when !line.Last => (0f, room - line.Width),
                TextAlign.Justify when room < line.Width => (0f, room - line.Width),
                _ => (0f, 0f),
            };
            var xs = LineBreaker.Positions(Glyphs, line, extra);
            canvas.Text(Glyphs, line.Start, line.End, xs, x + indent + offset, Style.Metrics.Baseline(y + i * Style.Metrics.Pitch));
        }
        canvas.Page.Blocks.Add(new PlacedBlock(BlockIndex, y, y + count * Style.Metrics.Pitch, $"{Detail} lines {_next + 1}-{_next + count} of {lines.Count}"));
        _next += count;
        return count * Style.Metrics.Pitch;
    }

    public void Reset() => _next = 0;
}
