using ReportGen.Core.Styling;

namespace ReportGen.Pdf.Layout.Tables;

/// <summary>
/// A table with its title lines and notes. Pagination state: whether the title lines are drawn,
/// the next body row (and line, for a row taller than a page), whether the notes are drawn. The
/// header rows are drawn again at the top of every page the table continues on.
/// </summary>
internal sealed partial class TableElement(int blockIndex, TableContent content, TableStyle style) : IElement
{
    private float _width = float.NaN;
    private TableGeometry? _geometry;
    private TableHead? _head;
    private float _notesHeight;

    private bool _headDone;
    private int _nextRow;
    private int _rowLine;
    private bool _done;

    public int BlockIndex { get; } = blockIndex;

    public bool KeepWithNext => false;

    public bool BreakBefore => content.Table.StartOnNewPage && !SharesPage;

    /// <summary>
    /// A form that follows one of its kind (<see cref="ReportGen.Core.Layout.FormGroups"/>): it does not
    /// start a new page but goes whole below the previous form when it fits, else to the next page.
    /// </summary>
    public bool SharesPage { get; init; }

    /// <summary>The content column widths are measured on: the table itself, or all forms of its group.</summary>
    public TableContent? WidthSource { get; init; }

    public int OutlineIndex { get; init; } = -1;

    public TableContent Content => content;

    public SpacePlan Measure(Space space) => Plan(space).ToSpacePlan();

    public void Reset()
    {
        _headDone = false;
        _nextRow = 0;
        _rowLine = 0;
        _done = false;
    }

    public TableGeometry GeometryFor(float width)
    {
        if (width != _width || _geometry is null || _head is null)
        {
            _geometry = new TableGeometry(content, style, width, WidthSource ?? content);
            _head = LayoutHead(width);
            _notesHeight = content.Notes.Sum(n => n.LinesFor(width).Count * n.Style.Metrics.Pitch);
            _width = width;
        }
        return _geometry;
    }

    private TableHead LayoutHead(float width)
    {
        var lines = new List<(TextBlock, float)>();
        var y = 0f;
        void Add(TextBlock b)
        {
            lines.Add((b, y));
            y += b.LinesFor(width).Count * b.Style.Metrics.Pitch;
        }
        if (content.Number is { } number)
        {
            Add(number);
        }
        Add(content.Title);
        foreach (var s in content.Subtitles)
        {
            Add(s);
        }
        if (content.LeftCaption is { } left && content.RightCaption is { } right && style.CaptionsOnOneLine
            && left.LinesFor(width).Count == 1 && right.LinesFor(width).Count == 1
            && left.LinesFor(width)[0].Width + right.LinesFor(width)[0].Width + 2 * right.Style.Metrics.Size <= width)
        {
            lines.Add((left, y));
            Add(right);
        }
        else
        {
            if (content.LeftCaption is { } l)
            {
                Add(l);
            }
            if (content.RightCaption is { } r)
            {
                Add(r);
            }
        }
        return new TableHead(lines, y + (float)style.TitleSpacingPt);
    }

    /// <summary>The height of the "续表" line on continuation pages (with the title spacing under it).</summary>
    private float ContinuedHeight => content.Continued is { } c ? c.Style.Metrics.Pitch + (float)style.TitleSpacingPt : 0;

    private float SplitPitch(int row) =>
        GeometryFor(_width).Body.Where(c => c.Cell.Row == row).Select(c => c.Cell.Metrics.Pitch).DefaultIfEmpty((float)style.LinePitchPt).Max();

    private int MaxLines(int row) =>
        GeometryFor(_width).Body.Where(c => c.Cell.Row == row).Select(c => c.Lines.Count).DefaultIfEmpty(0).Max();
}
