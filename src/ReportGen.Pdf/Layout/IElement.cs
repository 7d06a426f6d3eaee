namespace ReportGen.Pdf.Layout;

/// <summary>
/// A block of the page flow. <see cref="Measure"/> answers without side effects; <see cref="Draw"/>
/// draws exactly what <see cref="Measure"/> promised for the same space and advances the element's
/// pagination state (next line, next row), which <see cref="Reset"/> rewinds.
/// </summary>
internal interface IElement
{
    /// <summary>The index of the document block this element sets (for tests and messages).</summary>
    int BlockIndex { get; }

    /// <summary>Keep on the same page as the start of the next element (headings, title lines).</summary>
    bool KeepWithNext { get; }

    /// <summary>Start on a new page unless already at the top of one.</summary>
    bool BreakBefore { get; }

    SpacePlan Measure(Space space);

    /// <summary>Draws at (<paramref name="x"/>, <paramref name="y"/>) what fits in <paramref name="space"/>; returns the height used.</summary>
    float Draw(Space space, PageCanvas canvas, float x, float y);

    void Reset();
}
