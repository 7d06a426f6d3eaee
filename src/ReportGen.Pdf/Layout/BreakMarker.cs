using ReportGen.Core.Documents;

namespace ReportGen.Pdf.Layout;

/// <summary>
/// A page break, or a section break that also sets the orientation of the pages after it. The flow
/// ends the page when it meets one and applies it when it starts the next; at the top of a page it
/// costs nothing (no empty pages).
/// </summary>
internal sealed class BreakMarker(int blockIndex, PageOrientation? orientation) : IElement
{
    public int BlockIndex { get; } = blockIndex;

    public PageOrientation? Orientation { get; } = orientation;

    public bool KeepWithNext => false;

    public bool BreakBefore => true;

    public SpacePlan Measure(Space space) => SpacePlan.Empty();

    public float Draw(Space space, PageCanvas canvas, float x, float y) => 0;

    public void Reset()
    {
    }
}
