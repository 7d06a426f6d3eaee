namespace ReportGen.Pdf.Layout;

/// <summary>Vertical space (after the title block). Vanishes at the top of a page; shrinks to what is left at its foot.</summary>
internal sealed class Spacer(int blockIndex, float height) : IElement
{
    private bool _done;

    public int BlockIndex { get; } = blockIndex;

    public bool KeepWithNext => false;

    public bool BreakBefore => false;

    public SpacePlan Measure(Space space) =>
        _done || space.AtPageTop || height <= 0 ? SpacePlan.Empty() : SpacePlan.Full(Math.Min(height, space.Height));

    public float Draw(Space space, PageCanvas canvas, float x, float y)
    {
        var plan = Measure(space);
        _done = true;
        return plan.Height;
    }

    public void Reset() => _done = false;
}
