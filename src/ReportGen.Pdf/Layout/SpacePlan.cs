namespace ReportGen.Pdf.Layout;

internal enum PlanKind
{
    /// <summary>Nothing left to draw.</summary>
    Empty,
    /// <summary>Nothing fits here; continue on the next page.</summary>
    Wrap,
    /// <summary>Part fits (<see cref="SpacePlan.Height"/>); the rest continues on the next page.</summary>
    Partial,
    /// <summary>All that is left fits.</summary>
    Full,
}

/// <summary>An element's answer to "how much of you fits in this space" (QuestPDF's SpacePlan).</summary>
internal readonly record struct SpacePlan(PlanKind Kind, float Height)
{
    public static SpacePlan Empty() => new(PlanKind.Empty, 0);

    public static SpacePlan Wrap() => new(PlanKind.Wrap, 0);

    public static SpacePlan Partial(float height) => new(PlanKind.Partial, height);

    public static SpacePlan Full(float height) => new(PlanKind.Full, height);

    /// <summary>True when the element draws something in this space.</summary>
    public bool Draws => Kind is PlanKind.Partial or PlanKind.Full;
}

/// <summary>The space offered to an element: width, height left on the page, and whether nothing is on the page above it yet.</summary>
internal readonly record struct Space(float Width, float Height, bool AtPageTop);
