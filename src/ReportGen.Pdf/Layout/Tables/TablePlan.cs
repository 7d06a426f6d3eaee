namespace ReportGen.Pdf.Layout.Tables;

/// <summary>A body row on a page: whole (<see cref="LineCount"/> −1) or lines [LineStart, LineStart + LineCount) of a row taller than a page.</summary>
internal readonly record struct RowSegment(int Row, int LineStart, int LineCount)
{
    public bool Whole => LineCount < 0;
}

/// <summary>What of a table goes on one page: the title lines, the header rows, body rows, the notes.</summary>
internal sealed record TablePlan(PlanKind Kind, float Height, bool Head, bool HeaderRows, IReadOnlyList<RowSegment> Rows, bool Notes)
{
    public static readonly TablePlan Nothing = new(PlanKind.Empty, 0, false, false, [], false);

    public static readonly TablePlan WrapAll = new(PlanKind.Wrap, 0, false, false, [], false);

    public SpacePlan ToSpacePlan() => new(Kind, Height);
}

/// <summary>The title lines of a table at one width: each text block and its offset from the top.</summary>
internal sealed record TableHead(IReadOnlyList<(TextBlock Block, float Dy)> Lines, float Height);
