namespace ReportGen.Pdf.Layout.Text;

/// <summary>A line: glyphs [Start, End) are drawn (trailing spaces excluded); the next line starts at <see cref="Next"/>.</summary>
internal readonly record struct Line(int Start, int End, int Next, float Width, bool Last);

/// <summary>
/// Chinese line breaking. A break may fall between any two wide characters, after a space, or
/// between a wide and a narrow character; never inside a run of narrow characters (Latin words,
/// numbers such as 17,625,499.55 or 93.7%), never before closing punctuation, never after
/// opening punctuation, never inside "——" or "……". Lines are filled greedily; when the character
/// that overflows may not start a line, the break moves back to the last allowed place.
/// </summary>
internal static class LineBreaker
{
    /// <summary>True when a line may end after glyph <paramref name="i"/> (and the next start at i + 1).</summary>
    public static bool CanBreakAfter(ReadOnlySpan<Glyph> g, int i)
    {
        if (i + 1 >= g.Length)
        {
            return true;
        }
        var a = g[i].Class;
        var b = g[i + 1].Class;
        if ((b & (CharClass.Space | CharClass.Newline)) != 0)
        {
            return false;
        }
        if ((a & CharClass.Space) != 0)
        {
            return (b & CharClass.Close) == 0;
        }
        if ((a & (CharClass.Open | CharClass.Glue)) != 0 || (b & CharClass.Close) != 0)
        {
            return false;
        }
        if ((a & CharClass.Wide) == 0 && (b & CharClass.Wide) == 0)
        {
            return false;
        }
        return !(g[i].CodePoint == g[i + 1].CodePoint && CharClasses.IsPaired(g[i].CodePoint));
    }

    /// <summary>
    /// Breaks a paragraph like <see cref="Break"/>, but never leaves one character alone on the last
    /// line (a 孤字): the line before it ends one break earlier, so the last line has two characters
    /// or more and that line is justified a little wider.
    /// </summary>
    public static List<Line> BreakParagraph(ReadOnlySpan<Glyph> glyphs, float firstWidth, float width)
    {
        var lines = Break(glyphs, firstWidth, width);
        if (lines.Count < 2 || Marks(glyphs, lines[^1]) != 1)
        {
            return lines;
        }
        var previous = lines[^2];
        // The last place before the end of the line before where a break is allowed and leaves
        // that line more than half full.
        for (var i = previous.Next - 2; i > previous.Start; i--)
        {
            var w = TextShaper.Width(glyphs[previous.Start..(i + 1)]);
            if (!CanBreakAfter(glyphs, i) || glyphs[i].IsSpace)
            {
                continue;
            }
            if (w < (lines.Count == 2 ? firstWidth : width) / 2)
            {
                break;
            }
            var head = Break(glyphs[..(i + 1)], firstWidth, width);
            if (head.Count != lines.Count - 1)
            {
                break;
            }
            var result = head.Take(head.Count - 1).ToList();
            var last = head[^1];
            result.Add(last with { Next = i + 1, Last = false });
            var tail = glyphs[(i + 1)..];
            result.Add(new Line(i + 1, i + 1 + TrimmedLength(tail), glyphs.Length, TextShaper.Width(glyphs[(i + 1)..(i + 1 + TrimmedLength(tail))]), true));
            return result;
        }
        return lines;
    }

    private static int TrimmedLength(ReadOnlySpan<Glyph> g)
    {
        var n = g.Length;
        while (n > 0 && g[n - 1].IsSpace)
        {
            n--;
        }
        return n;
    }

    /// <summary>The characters a line draws (spaces and forced breaks not counted).</summary>
    public static int Marks(ReadOnlySpan<Glyph> glyphs, Line line)
    {
        var n = 0;
        for (var i = line.Start; i < line.End; i++)
        {
            n += glyphs[i].IsSpace || glyphs[i].IsNewline ? 0 : 1;
        }
        return n;
    }

    /// <summary>Breaks <paramref name="glyphs"/> into lines of <paramref name="width"/>, the first one <paramref name="firstWidth"/> wide.</summary>
    public static List<Line> Break(ReadOnlySpan<Glyph> glyphs, float firstWidth, float width)
    {
        var lines = new List<Line>();
        var pos = 0;
        while (pos < glyphs.Length || lines.Count == 0)
        {
            var available = lines.Count == 0 ? firstWidth : width;
            var (end, next) = FitLine(glyphs, pos, available);
            var visibleEnd = end;
            while (visibleEnd > pos && glyphs[visibleEnd - 1].IsSpace)
            {
                visibleEnd--;
            }
            lines.Add(new Line(pos, visibleEnd, next, TextShaper.Width(glyphs[pos..visibleEnd]), next >= glyphs.Length));
            if (next >= glyphs.Length)
            {
                break;
            }
            pos = next;
        }
        return lines;
    }

    private static (int End, int Next) FitLine(ReadOnlySpan<Glyph> g, int pos, float available)
    {
        var w = 0f;
        var lastBreak = -1;
        for (var i = pos; i < g.Length; i++)
        {
            if (g[i].IsNewline)
            {
                return (i, i + 1);
            }
            w += g[i].Advance;
            if (!g[i].IsSpace && w > available + Units.Epsilon && i > pos)
            {
                if (lastBreak >= pos)
                {
                    return (lastBreak + 1, lastBreak + 1);
                }
                // Nothing breakable fits (a word wider than the line): break before the overflow.
                return (i, i);
            }
            if (CanBreakAfter(g, i))
            {
                lastBreak = i;
            }
        }
        return (g.Length, g.Length);
    }

    /// <summary>
    /// The x of each glyph of <paramref name="line"/> relative to the line start, stretched by
    /// <paramref name="extra"/> points spread evenly over the line's break opportunities.
    /// </summary>
    public static float[] Positions(ReadOnlySpan<Glyph> g, Line line, float extra)
    {
        var count = line.End - line.Start;
        var xs = new float[count];
        var gaps = 0;
        if (extra > 0)
        {
            for (var i = line.Start; i < line.End - 1; i++)
            {
                if (CanBreakAfter(g, i))
                {
                    gaps++;
                }
            }
        }
        var perGap = gaps > 0 ? extra / gaps : 0f;
        var x = 0f;
        for (var i = line.Start; i < line.End; i++)
        {
            xs[i - line.Start] = x;
            x += g[i].Advance;
            if (perGap > 0 && i < line.End - 1 && CanBreakAfter(g, i))
            {
                x += perGap;
            }
        }
        return xs;
    }
}
