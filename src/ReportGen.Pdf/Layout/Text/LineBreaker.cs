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
    /// The most a justified line may add between two characters, in ems of the text: 0.1 em. CLREQ
    /// asks that justification spread the slack evenly and no gap stand out; a tenth of an em is
    /// about the difference of tracking between a 27- and a 28-character line of the GB/T 9704
    /// block (2.8 % of the line), so a stretched line never reads as letter-spaced.
    /// </summary>
    public const float MaxStretchEm = 0.1f;

    /// <summary>
    /// Breaks a paragraph like <see cref="Break"/>, but never leaves one character alone on the last
    /// line (a 孤字): the line before it ends one break earlier, so the last line has two characters
    /// or more and that line is justified a little wider.
    /// </summary>
    public static List<Line> BreakParagraph(ReadOnlySpan<Glyph> glyphs, float firstWidth, float width) =>
        BreakParagraph(glyphs, firstWidth, width, justify: false);

    /// <summary>
    /// Breaks a paragraph. Justified text chooses its breaks for the whole paragraph (the least
    /// total badness, as Knuth and Plass): a line may take in one more character by setting a
    /// closing mark at its end, or an opening mark at its start, half-width (CLREQ 行尾/行首挤压);
    /// the slack of a line is spread over its gaps, and no gap may grow by more than
    /// <see cref="MaxStretchEm"/>: where it would, characters move between lines instead. Never a
    /// 孤字 on the last line. Unjustified text is filled greedily.
    /// </summary>
    /// <remarks>With <paramref name="punctuationAlone"/> (unjustified text: table cells) a last line of one
    /// character and its punctuation ("本/级）") counts as one character alone too.</remarks>
    public static List<Line> BreakParagraph(ReadOnlySpan<Glyph> glyphs, float firstWidth, float width, bool justify, bool punctuationAlone = false)
    {
        if (justify && glyphs.Length > 0 && Optimal(glyphs, firstWidth, width) is { } best)
        {
            return best;
        }
        var lines = Break(glyphs, firstWidth, width);
        if (lines.Count < 2 || Marks(glyphs, lines[^1], countPunctuation: !punctuationAlone) != 1)
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

    /// <summary>How far a line may be set tighter than its natural width: the blank half of a closing mark at its end and of an opening mark at its start (not at the paragraph's start).</summary>
    public static float Shrinkable(ReadOnlySpan<Glyph> g, Line line) =>
        line.End > line.Start ? g[line.End - 1].EndShrink + (line.Start > 0 ? g[line.Start].StartShrink : 0f) : 0f;

    /// <summary>
    /// The gaps of a line that take the stretch of justification (its break opportunities), and
    /// how many of them lie between a Chinese character and a Latin letter or digit (中西间距).
    /// </summary>
    public static (int All, int Western) StretchGaps(ReadOnlySpan<Glyph> g, Line line)
    {
        var all = 0;
        var western = 0;
        for (var i = line.Start; i < line.End - 1; i++)
        {
            if (CanBreakAfter(g, i))
            {
                all++;
                western += IsWesternBoundary(g[i], g[i + 1]) ? 1 : 0;
            }
        }
        return (all, western);
    }

    /// <summary>A gap between a Chinese character (not punctuation) and a Latin letter or digit, either way round.</summary>
    private static bool IsWesternBoundary(Glyph a, Glyph b)
    {
        static bool Han(Glyph g) => (g.Class & (CharClass.Wide | CharClass.Open | CharClass.Close | CharClass.Space)) == CharClass.Wide;
        static bool Western(Glyph g) => (g.Class & (CharClass.Wide | CharClass.Space | CharClass.Newline)) == 0 && char.IsAsciiLetterOrDigit((char)Math.Min(g.CodePoint, 0xFFFF)) || g.CodePoint == '%';
        return (Han(a) && Western(b)) || (Western(a) && Han(b));
    }

    /// <summary>
    /// What justification adds to each gap: the slack spread evenly while every gap stays within
    /// <see cref="MaxStretchEm"/>; beyond that the gaps between Chinese and Western text
    /// (中西间距, which CLREQ §3.2.2 allows up to a quarter em) take the rest up to
    /// <see cref="MaxWesternGapEm"/>. What is left of the slack then (a line whose next word, a long
    /// amount with its unit, cannot come up and whose breaks could not be chosen otherwise) stays
    /// at the end of the line: never a letter-spaced line.
    /// </summary>
    public static (float Gap, float WesternGap) Stretch(float slack, (int All, int Western) gaps, float em)
    {
        if (slack <= 0 || gaps.All == 0)
        {
            return (0f, 0f);
        }
        var even = slack / gaps.All;
        if (even <= MaxStretchEm * em)
        {
            return (even, even);
        }
        if (gaps.Western == 0)
        {
            return (even, even);
        }
        var rest = slack - gaps.All * MaxStretchEm * em;
        var western = MaxStretchEm * em + rest / gaps.Western;
        if (western <= MaxWesternGapEm * em)
        {
            return (MaxStretchEm * em, western);
        }
        var beyond = (slack - gaps.All * MaxStretchEm * em - gaps.Western * (MaxWesternGapEm - MaxStretchEm) * em) / gaps.All;
        return (MaxStretchEm * em + beyond, MaxWesternGapEm * em + beyond);
    }

    /// <summary>The most a gap between Chinese and Western text may take: a quarter em (CLREQ §3.2.2 中西间距).</summary>
    public const float MaxWesternGapEm = 0.25f;

    /// <summary>
    /// The paragraph's breaks with the least total badness (null when it holds a forced break,
    /// which justified paragraphs do not). Badness of a line: nothing for the last line (unless it
    /// holds one character alone), a little for a line set tighter by its end marks, and the square
    /// of the stretch per gap for the others, a thousand times more where it passes the bound.
    /// </summary>
    private static List<Line>? Optimal(ReadOnlySpan<Glyph> g, float firstWidth, float width)
    {
        var n = g.Length;
        for (var i = 0; i < n; i++)
        {
            if (g[i].IsNewline)
            {
                return null;
            }
        }
        var cost = new double[n + 1];
        var next = new int[n + 1];
        var ends = new int[n + 1];
        cost[n] = 0;
        var isStart = new bool[n + 1];
        isStart[0] = true;
        // The stretchable gaps before each position (all, and 中西间距 ones), so that a candidate line's
        // gaps are two subtractions instead of a walk over the line (the same counts as StretchGaps).
        var gapsBefore = new int[n + 1];
        var westernBefore = new int[n + 1];
        for (var i = 0; i < n - 1; i++)
        {
            var gap = CanBreakAfter(g, i);
            isStart[i + 1] = gap;
            gapsBefore[i + 1] = gapsBefore[i] + (gap ? 1 : 0);
            westernBefore[i + 1] = westernBefore[i] + (gap && IsWesternBoundary(g[i], g[i + 1]) ? 1 : 0);
        }
        for (var s = n - 1; s >= 0; s--)
        {
            cost[s] = double.PositiveInfinity;
            if (!isStart[s])
            {
                continue;
            }
            var available = s == 0 ? firstWidth : width;
            var w = 0f;
            var visible = 0f;
            for (var i = s; i < n; i++)
            {
                w += g[i].Advance;
                if (!g[i].IsSpace)
                {
                    visible = w;
                }
                if (!CanBreakAfter(g, i) || double.IsPositiveInfinity(cost[i + 1]))
                {
                    continue;
                }
                var visibleEnd = i + 1;
                while (visibleEnd > s && g[visibleEnd - 1].IsSpace)
                {
                    visibleEnd--;
                }
                var line = new Line(s, visibleEnd, i + 1, visible, i + 1 >= n);
                var shrink = Shrinkable(g, line);
                var over = visible - available;
                if (over > shrink + Units.Epsilon)
                {
                    if (next[s] == 0 && double.IsPositiveInfinity(cost[s]))
                    {
                        // Nothing breakable fits (a word wider than the line): the greedy break.
                        var forced = Break(g[s..], available, width)[0];
                        var at = s + forced.Next;
                        if (at > s && at <= n && !double.IsPositiveInfinity(cost[at]))
                        {
                            cost[s] = 1e9 + cost[at];
                            next[s] = at;
                            ends[s] = s + forced.End;
                        }
                    }
                    break;
                }
                var gaps = line.End - 1 > line.Start
                    ? (gapsBefore[line.End - 1] - gapsBefore[line.Start], westernBefore[line.End - 1] - westernBefore[line.Start])
                    : (0, 0);
                var badness = Badness(g, line, available, gaps);
                if (badness + cost[i + 1] < cost[s])
                {
                    cost[s] = badness + cost[i + 1];
                    next[s] = i + 1;
                    ends[s] = visibleEnd;
                }
            }
        }
        if (double.IsPositiveInfinity(cost[0]))
        {
            return null;
        }
        var lines = new List<Line>();
        for (var s = 0; s < n;)
        {
            var e = next[s];
            lines.Add(new Line(s, ends[s], e, TextShaper.Width(g[s..ends[s]]), e >= n));
            s = e;
        }
        return lines;
    }

    /// <summary>The badness of <paramref name="line"/>, whose stretchable gaps are <paramref name="gaps"/> (<see cref="StretchGaps"/>).</summary>
    private static double Badness(ReadOnlySpan<Glyph> g, Line line, float available, (int All, int Western) gaps)
    {
        const double perLine = 1;
        if (line.Last)
        {
            return perLine + (line.Start > 0 && Marks(g, line) == 1 ? 1e7 : 0) + (line.Width > available ? 1 : 0);
        }
        var slack = available - line.Width;
        if (slack < -Units.Epsilon)
        {
            // Set tighter by a half-width mark at an end: CLREQ tries this before stretching (先挤后推).
            return perLine + 0.5;
        }
        if (slack <= Units.Epsilon)
        {
            return perLine;
        }
        var em = g[line.Start].Size;
        var capacity = (gaps.All * MaxStretchEm + gaps.Western * (MaxWesternGapEm - MaxStretchEm)) * em;
        var ratio = capacity > 0 ? slack / capacity : slack / em * 10;
        return perLine + ratio * ratio * (ratio > 1 ? 1000 : 10);
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

    /// <summary>
    /// The characters a line draws (spaces and forced breaks not counted; punctuation not counted either
    /// unless <paramref name="countPunctuation"/>: a closing mark does not keep a character company).
    /// </summary>
    public static int Marks(ReadOnlySpan<Glyph> glyphs, Line line, bool countPunctuation = true)
    {
        var n = 0;
        for (var i = line.Start; i < line.End; i++)
        {
            n += glyphs[i].IsSpace || glyphs[i].IsNewline || !countPunctuation && System.Text.Rune.IsPunctuation(new System.Text.Rune(glyphs[i].CodePoint)) ? 0 : 1;
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
    /// The x of each glyph of <paramref name="line"/> relative to the line start. A positive
    /// <paramref name="extra"/> is spread evenly over the line's break opportunities (justification);
    /// a negative one is taken from the blank halves of the marks at the line's end and start.
    /// </summary>
    public static float[] Positions(ReadOnlySpan<Glyph> g, Line line, float extra)
    {
        var count = line.End - line.Start;
        var xs = new float[count];
        if (count == 0)
        {
            return xs;
        }
        var startCut = 0f;
        var endCut = 0f;
        if (extra < 0)
        {
            endCut = Math.Min(-extra, g[line.End - 1].EndShrink);
            startCut = line.Start > 0 ? Math.Min(-extra - endCut, g[line.Start].StartShrink) : 0f;
        }
        var (perGap, perWesternGap) = extra > 0 ? Stretch(extra, StretchGaps(g, line), g[line.Start].Size) : (0f, 0f);
        var x = -startCut;
        for (var i = line.Start; i < line.End; i++)
        {
            xs[i - line.Start] = x + g[i].Shift;
            x += g[i].Advance;
            if (perGap > 0 && i < line.End - 1 && CanBreakAfter(g, i))
            {
                x += IsWesternBoundary(g[i], g[i + 1]) ? perWesternGap : perGap;
            }
        }
        return xs;
    }
}
