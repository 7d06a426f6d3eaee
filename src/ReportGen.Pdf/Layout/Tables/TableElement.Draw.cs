using System.Globalization;

namespace ReportGen.Pdf.Layout.Tables;

internal sealed partial class TableElement
{
    public float Draw(Space space, PageCanvas canvas, float x, float y)
    {
        var plan = Plan(space);
        if (!plan.Kind.HasFlagDraws())
        {
            return 0;
        }
        var g = GeometryFor(space.Width);
        var top = y;
        if (plan.Head)
        {
            if (OutlineIndex >= 0)
            {
                canvas.Anchor(OutlineIndex, x, y);
            }
            foreach (var (block, dy) in _head!.Lines)
            {
                block.Reset();
                block.Draw(new Space(space.Width, float.MaxValue, true), canvas, x, y + dy);
            }
            y += _head.Height;
        }
        else if (content.Continued is { } continued && plan.Rows.Count > 0)
        {
            continued.Reset();
            continued.Draw(new Space(space.Width, float.MaxValue, true), canvas, x, y);
            y += ContinuedHeight;
        }
        var gridTop = y;
        var gridBottom = y + (plan.HeaderRows ? g.HeaderHeight : 0) + plan.Rows.Sum(s => SegmentHeight(g, s));
        if (plan.HeaderRows)
        {
            var part = new List<PartRow>();
            for (var r = 0; r < g.HeaderHeights.Length; r++)
            {
                part.Add(new PartRow(r, y, g.HeaderHeights[r], new RowSegment(r, 0, -1)));
                y += g.HeaderHeights[r];
            }
            DrawCells(canvas, g, g.Header, part, x, gridBottom, shade: true);
        }
        if (plan.Rows.Count > 0)
        {
            var part = new List<PartRow>();
            foreach (var s in plan.Rows)
            {
                var h = SegmentHeight(g, s);
                part.Add(new PartRow(s.Row, y, h, s));
                y += h;
            }
            DrawCells(canvas, g, g.Body, part, x, gridBottom, shade: false);
        }
        if (plan.Notes)
        {
            foreach (var note in content.Notes)
            {
                note.Reset();
                y += note.Draw(new Space(space.Width, float.MaxValue, true), canvas, x, y);
            }
        }
        Commit(plan);
        var rows = plan.Rows.Count == 0 ? "no rows" : $"rows {plan.Rows[0].Row + 1}-{plan.Rows[^1].Row + 1}";
        canvas.Page.Blocks.Add(new PlacedBlock(BlockIndex, top, top + plan.Height,
            string.Create(CultureInfo.InvariantCulture, $"table {content.Table.Number} head={plan.Head} header={plan.HeaderRows} {rows} notes={plan.Notes} gridTop={gridTop:0.##}")));
        return plan.Height;
    }

    private void Commit(TablePlan plan)
    {
        _headDone = true;
        if (plan.Rows.Count > 0)
        {
            var last = plan.Rows[^1];
            if (last.Whole || last.LineStart + last.LineCount >= MaxLines(last.Row))
            {
                _nextRow = last.Row + 1;
                _rowLine = 0;
            }
            else
            {
                _nextRow = last.Row;
                _rowLine = last.LineStart + last.LineCount;
            }
        }
        _done = plan.Kind == PlanKind.Full;
    }

    private float SegmentHeight(TableGeometry g, RowSegment s) =>
        s.Whole ? g.BodyHeights[s.Row] : s.LineCount * SplitPitch(s.Row) + 2 * g.PaddingV;

    /// <summary>A row (or part of one) as placed on this page.</summary>
    private readonly record struct PartRow(int Row, float Y, float Height, RowSegment Segment);

    private void DrawCells(PageCanvas canvas, TableGeometry g, IReadOnlyList<CellLines> cells, List<PartRow> part, float x, float gridBottom, bool shade)
    {
        var first = part[0].Row;
        var lastRow = part[^1].Row;
        var rule = (float)style.RuleWidthPt;
        var columns = g.ColumnX.Length - 1;
        var fill = shade && style.HeaderShading.Length == 6
            ? uint.Parse(style.HeaderShading, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : (uint?)null;
        foreach (var c in cells)
        {
            var cell = c.Cell;
            if (cell.LastRow < first || cell.Row > lastRow)
            {
                continue;
            }
            // The part's rows are consecutive: the cell covers part[from..to].
            var from = Math.Max(cell.Row, first) - first;
            var to = Math.Min(cell.LastRow, lastRow) - first;
            var top = part[from].Y;
            var bottom = part[to].Y + part[to].Height;
            var left = x + g.ColumnX[cell.Column];
            var right = x + g.ColumnX[cell.LastColumn + 1];
            if (fill is { } rgb)
            {
                canvas.Fill(left, top, right - left, bottom - top, rgb);
            }
            if (cell.Row >= first)
            {
                DrawText(canvas, g, c, part[from].Segment, left, top, bottom);
            }
            canvas.Rule(left, top, right, top, rule);
            canvas.Rule(left, top, left, bottom, rule);
            if (cell.LastColumn == columns - 1)
            {
                canvas.Rule(right, top, right, bottom, rule);
            }
            if (Math.Abs(bottom - gridBottom) < Units.Epsilon)
            {
                canvas.Rule(left, bottom, right, bottom, rule);
            }
        }
    }

    private static void DrawText(PageCanvas canvas, TableGeometry g, CellLines c, RowSegment segment, float left, float top, float bottom)
    {
        var m = c.Cell.Metrics;
        int from, count;
        float textTop;
        if (segment.Whole)
        {
            from = 0;
            count = Math.Min(c.Lines.Count, (int)Math.Floor((bottom - top - 2 * g.PaddingV + Units.Epsilon) / m.Pitch));
            count = Math.Max(count, Math.Min(1, c.Lines.Count));
            textTop = top + (bottom - top - count * m.Pitch) / 2;
        }
        else
        {
            from = segment.LineStart;
            count = Math.Max(0, Math.Min(segment.LineCount, c.Lines.Count - from));
            textTop = top + g.PaddingV;
        }
        var textLeft = left + g.Padding + c.Cell.Indent;
        for (var i = 0; i < count; i++)
        {
            var line = c.Lines[from + i];
            var offset = c.Cell.Align switch
            {
                TextAlign.Center => (c.TextWidth - line.Width) / 2,
                TextAlign.Right => c.TextWidth - line.Width,
                _ => 0f,
            };
            var xs = Text.LineBreaker.Positions(c.Cell.Glyphs, line, 0);
            canvas.Text(c.Cell.Glyphs, line.Start, line.End, xs, textLeft + offset, m.Baseline(textTop + i * m.Pitch));
        }
    }
}

internal static class PlanKindExtensions
{
    public static bool HasFlagDraws(this PlanKind kind) => kind is PlanKind.Partial or PlanKind.Full;
}
