namespace ReportGen.Pdf.Layout.Text;

/// <summary>What line breaking needs to know about a character.</summary>
[Flags]
internal enum CharClass : byte
{
    None = 0,
    /// <summary>East Asian wide or full-width (ideographs, CJK punctuation, quotes and dashes used with them).</summary>
    Wide = 1,
    /// <summary>Opening punctuation: never ends a line (（《「『【〔“‘ and the ASCII brackets).</summary>
    Open = 2,
    /// <summary>Closing punctuation: never starts a line (，。、；：？！）》」』】〕…% ” ’ and the like).</summary>
    Close = 4,
    Space = 8,
    /// <summary>A forced line break ("\n" in a table cell).</summary>
    Newline = 16,
    /// <summary>No break after this character: inside a word of a label or title, or between a number and its unit.</summary>
    Glue = 32,
    /// <summary>Full-width punctuation whose ink sits in the left half (，。、）” in a GB font): the blank right half may be taken out (CLREQ 标点挤压).</summary>
    HalfAfter = 64,
    /// <summary>Full-width punctuation whose ink sits in the right half (（“《): the blank left half may be taken out.</summary>
    HalfBefore = 128,
}

/// <summary>Classification of characters for Chinese line breaking (GB/T 15834 rules on punctuation at line ends).</summary>
internal static class CharClasses
{
    private const string Closing = "，。、；：？！）》」』】〕〉〗〙〛｝］｠…‥％‰℃°”’．·・｡､！），．：；？］｝%,.:;?!)]}";
    private const string Opening = "（《「『【〔〈〖〘〚｛［｟“‘([{￥＄$£€";

    public static CharClass Of(int cp)
    {
        if (cp == '\n')
        {
            return CharClass.Newline;
        }
        if (cp is ' ' or '\t' or 0x3000 or 0x00A0 or (>= 0x2000 and <= 0x200B))
        {
            return cp == 0x3000 ? CharClass.Space | CharClass.Wide : CharClass.Space;
        }
        var c = IsWide(cp) ? CharClass.Wide : CharClass.None;
        if (cp < 0x10000)
        {
            if (Closing.Contains((char)cp))
            {
                c |= CharClass.Close;
            }
            else if (Opening.Contains((char)cp))
            {
                c |= CharClass.Open;
            }
        }
        return c;
    }

    /// <summary>
    /// Wide characters break between each other. Besides the East Asian Wide and Fullwidth ranges,
    /// the general punctuation Chinese text uses (quotes, dashes, ellipsis, ‰) counts as wide.
    /// </summary>
    public static bool IsWide(int cp) => cp switch
    {
        >= 0x1100 and <= 0x115F => true,
        >= 0x2010 and <= 0x206F => true,
        >= 0x2E80 and <= 0x303E => true,
        >= 0x3041 and <= 0x33FF => true,
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xA000 and <= 0xA4CF => true,
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFF60 => true,
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true,
        _ => false,
    };

    /// <summary>Characters that come in unbreakable pairs: the dash "——" and the ellipsis "……".</summary>
    public static bool IsPaired(int cp) => cp is 0x2014 or 0x2026 or 0x2E3A or 0x2E3B;
}
