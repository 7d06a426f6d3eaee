namespace ReportGen.Pdf.Layout.Tables;

internal sealed partial class TableElement
{
    /// <summary>Rows of a spanned group that must stay on each side of a page break inside it.</summary>
    private const int MinRowsAtBreak = 2;

    /// <summary>
    /// What goes on the page in <paramref name="space"/>. The title lines, the header rows and the
    /// first row group go together or not at all (the table moves to the next page). Rows tied by a
    /// rowspan stay together, except that a long group may break between its rows with two on each
    /// side; the last group keeps the notes with it when they fit. A group taller than an empty page
    /// is split between rows, and a single row taller than a page between lines.
    /// </summary>
    public TablePlan Plan(Space space)
    {
        if (_done)
        {
            return TablePlan.Nothing;
        }
        var g = GeometryFor(space.Width);
        var count = content.BodyRowCount;
        var avail = space.Height + Units.Epsilon;
        var head = !_headDone;
        var rowsLeft = _nextRow < count;
        var headerRows = content.HeaderRowCount > 0 && (head || (rowsLeft && content.Table.RepeatHeader));
        var continued = !head && rowsLeft && content.Continued is not null;
        var h = (head ? _head!.Height : 0) + (continued ? ContinuedHeight : 0) + (headerRows ? g.HeaderHeight : 0);
        var rows = new List<RowSegment>();
        var r = _nextRow;

        if (_rowLine > 0)
        {
            // The rest of a row taller than a page.
            var pitch = SplitPitch(r);
            var rest = MaxLines(r) - _rowLine;
            var fit = Math.Max(1, (int)Math.Floor((avail - h - 2 * g.PaddingV) / pitch));
            rows.Add(new RowSegment(r, _rowLine, Math.Min(fit, rest)));
            h += Math.Min(fit, rest) * pitch + 2 * g.PaddingV;
            if (fit < rest)
            {
                return new TablePlan(PlanKind.Partial, h, head, headerRows, rows, false);
            }
            r++;
        }

        var notesPending = false;
        while (r < count)
        {
            var end = g.GroupEnd[r];
            var groupHeight = g.Height(r, end);
            var last = end == count;
            if (h + groupHeight + (last ? _notesHeight : 0) <= avail)
            {
                AddRows(rows, r, end);
                h += groupHeight;
                r = end;
            }
            else if (last && rows.Count == 0 && h + groupHeight <= avail)
            {
                // The last group fits but its notes do not: the notes follow on the next page.
                AddRows(rows, r, end);
                h += groupHeight;
                r = end;
                notesPending = true;
            }
            else
            {
                // A long group (a label spanning many rows) may break between its rows, two at least
                // on each side, as Word breaks a vertically merged cell; a short one moves whole.
                var k = r;
                var hh = h;
                while (k < end - MinRowsAtBreak && hh + g.BodyHeights[k] <= avail)
                {
                    hh += g.BodyHeights[k];
                    k++;
                }
                if (k - r >= MinRowsAtBreak)
                {
                    AddRows(rows, r, k);
                    h = hh;
                    r = k;
                }
                break;
            }
        }

        if (r < count && rows.Count > 0 && rows.All(s => s.Whole))
        {
            // No row alone on either side of the break: the next page gets at least two rows under
            // its repeated header (the last rows move down, whole groups), and a table starting on
            // this page shows at least two rows under its header or moves to the next page.
            while (count - r < MinRowsAtBreak && rows.Count > 0)
            {
                var start = GroupStart(g, rows[^1].Row, rows[0].Row);
                var moved = rows.Count(s => s.Row >= start);
                if (moved == rows.Count && !head)
                {
                    break; // a continuation page would be left empty: keep the rows
                }
                for (var k = 0; k < moved; k++)
                {
                    h -= g.BodyHeights[rows[^1].Row];
                    rows.RemoveAt(rows.Count - 1);
                }
                r = start;
            }
            if (head && rows.Count < Math.Min(MinRowsAtBreak, count) && !space.AtPageTop)
            {
                return TablePlan.WrapAll;
            }
        }

        if (rowsLeft && rows.Count == 0)
        {
            if (!space.AtPageTop)
            {
                return TablePlan.WrapAll; // not even one row group with the title and header: next page
            }
            // A group taller than an empty page: whole rows while they fit, else part of one row.
            var end = g.GroupEnd[r];
            while (r < end && h + g.BodyHeights[r] <= avail)
            {
                rows.Add(new RowSegment(r, 0, -1));
                h += g.BodyHeights[r];
                r++;
            }
            if (rows.Count == 0)
            {
                var pitch = SplitPitch(r);
                var fit = Math.Max(1, (int)Math.Floor((avail - h - 2 * g.PaddingV) / pitch));
                rows.Add(new RowSegment(r, 0, fit));
                h += fit * pitch + 2 * g.PaddingV;
            }
            return new TablePlan(PlanKind.Partial, h, head, headerRows, rows, false);
        }

        if (r < count || notesPending)
        {
            if (head && SharesPage && !space.AtPageTop)
            {
                return TablePlan.WrapAll; // a form below another goes whole, or to the next page
            }
            return new TablePlan(PlanKind.Partial, h, head, headerRows, rows, false);
        }
        // All rows placed, the notes with them (the loop made sure they fit). Left: a table without
        // body rows, or notes that did not fit beside the last rows: they move to the next page.
        if (h + _notesHeight > avail && !space.AtPageTop)
        {
            return TablePlan.WrapAll;
        }
        return new TablePlan(PlanKind.Full, h + _notesHeight, head, headerRows, rows, true);
    }

    /// <summary>The first row (not before <paramref name="floor"/>) of the row group <paramref name="row"/> belongs to.</summary>
    private static int GroupStart(TableGeometry g, int row, int floor)
    {
        var start = row;
        while (start > floor && g.GroupEnd[start - 1] == g.GroupEnd[row])
        {
            start--;
        }
        return start;
    }

    private static void AddRows(List<RowSegment> rows, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            rows.Add(new RowSegment(k, 0, -1));
        }
    }
}
