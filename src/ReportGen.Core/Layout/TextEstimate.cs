namespace ReportGen.Core.Layout;

/// <summary>
/// Rough text measures for the few decisions a renderer leaves to the reader's program (Word's column
/// minimums, caption layout and heights of merged header cells; the HTML page's and the workbook's
/// column minimums): full-width characters one em, half-width ones half an em — what 宋体 gives every
/// ASCII character and FandolSong (the free 宋 face setup installs) its digits (its comma and point
/// are narrower). Noto CJK's digits, a little wider, only stand in when neither is installed.
/// </summary>
public static class TextEstimate
{
    private const double HalfWidthEm = 0.5;

    public static double WidthEm(string text) => text.Sum(Em);

    private static double Em(char c) => c >= '\u2E80' ? 1.0 : HalfWidthEm;

    /// <summary>The comma and point of the free faces (FandolSong, FandolHei: 0.28 em), narrower than 宋体's half em.</summary>
    public const double NarrowPunctuationEm = 0.28;

    /// <summary><see cref="WidthEm"/> with commas and points at <see cref="NarrowPunctuationEm"/>.</summary>
    public static double NarrowWidthEm(string text) => text.Sum(c => c is ',' or '.' ? NarrowPunctuationEm : Em(c));

    /// <summary>Width in ems of the longest run of half-width, non-space characters (a line breaks around it, not inside).</summary>
    public static double LongestTokenEm(string text)
    {
        double longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c is > ' ' and < '\u2E80' ? run + Em(c) : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    /// <summary>
    /// Lines <paramref name="text"/> takes in a box <paramref name="widthPt"/> wide at <paramref name="sizePt"/>:
    /// a line holds whole characters, so a box 2.4 characters wide holds two.
    /// </summary>
    public static int Lines(string text, double sizePt, double widthPt)
    {
        var perLine = Math.Max(1, Math.Floor(widthPt / sizePt));
        return text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(WidthEm(line) / perLine)));
    }
}
