using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Pdf.Layout;

/// <summary>
/// Pours the elements into pages: each element is measured in the space left on the page and
/// drawn when it fits (wholly or in part); a heading (keep-with-next) moves to the next page when
/// what follows it cannot start on this one; page and section breaks end the page, a section
/// break setting the orientation of the pages after it.
/// </summary>
internal sealed class PageFlow(IReadOnlyList<IElement> elements, StyleSheet style)
{
    public List<LaidOutPage> Run()
    {
        foreach (var e in elements)
        {
            e.Reset();
        }
        var pages = new List<LaidOutPage>();
        var orientation = PageOrientation.Portrait;
        var i = 0;
        while (i < elements.Count)
        {
            while (i < elements.Count && elements[i] is BreakMarker marker)
            {
                orientation = marker.Orientation ?? orientation;
                i++;
            }
            if (i >= elements.Count)
            {
                break;
            }
            var geometry = PageGeometry.For(style.Page, orientation);
            var page = new LaidOutPage(pages.Count + 1, geometry);
            i = FillPage(page, i);
            pages.Add(page);
        }
        return pages;
    }

    /// <summary>Fills one page from element <paramref name="i"/> on; returns the first element not finished.</summary>
    private int FillPage(LaidOutPage page, int i)
    {
        var g = page.Geometry;
        var canvas = new PageCanvas(page);
        var y = g.Top;
        var atTop = true;
        while (i < elements.Count)
        {
            var e = elements[i];
            if (e is BreakMarker || (e.BreakBefore && !atTop))
            {
                break;
            }
            var space = new Space(g.BlockWidth, g.Bottom - y, atTop);
            var plan = e.Measure(space);
            if (plan.Kind == PlanKind.Empty)
            {
                i++;
                continue;
            }
            if (plan.Kind == PlanKind.Wrap)
            {
                if (atTop)
                {
                    throw new InvalidOperationException($"Block {e.BlockIndex} does not fit on an empty page.");
                }
                break;
            }
            if (plan.Kind == PlanKind.Full && e.KeepWithNext && !atTop && !NextStartsHere(i, space.Width, space.Height - plan.Height))
            {
                break;
            }
            var used = e.Draw(space, canvas, g.Left, y);
            y += used;
            atTop &= used <= 0;
            if (plan.Kind == PlanKind.Partial)
            {
                break;
            }
            i++;
        }
        return i;
    }

    /// <summary>Whether the element after <paramref name="i"/> can start in <paramref name="height"/> (following keep-with-next chains).</summary>
    private bool NextStartsHere(int i, float width, float height)
    {
        var j = i + 1;
        if (j >= elements.Count || elements[j] is BreakMarker || elements[j].BreakBefore)
        {
            return true;
        }
        var plan = elements[j].Measure(new Space(width, height, false));
        return plan.Kind switch
        {
            PlanKind.Wrap => false,
            PlanKind.Empty => NextStartsHere(j, width, height),
            PlanKind.Full when elements[j].KeepWithNext => NextStartsHere(j, width, height - plan.Height),
            _ => true,
        };
    }
}
