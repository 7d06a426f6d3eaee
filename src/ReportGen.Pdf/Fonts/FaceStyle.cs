namespace ReportGen.Pdf.Fonts;

/// <summary>The kinds of Chinese typeface official documents ask for (GB/T 9704): 仿宋, 宋 (小标宋 is a heavy 宋), 黑, 楷.</summary>
internal enum FaceStyle
{
    Unknown,
    Fang,
    Song,
    Hei,
    Kai,
}

/// <summary>
/// Which kind of face a family name stands for, from the words Chinese and Western font names use
/// (仿宋/FangSong, 宋/Song/Serif/Ming, 黑/Hei/Sans/Gothic, 楷/Kai): enough to tell a role asking for
/// 仿宋_GB2312 that it was set in Noto Serif CJK SC, a 宋 face.
/// </summary>
internal static class FaceStyles
{
    // Order matters: 仿宋 contains 宋, 方正小标宋 is a 宋, "Noto Sans Mono" is a 黑.
    private static readonly (FaceStyle Style, string[] Words)[] Words =
    [
        (FaceStyle.Fang, ["仿宋", "fangsong", "fang"]),
        (FaceStyle.Kai, ["楷", "kai"]),
        (FaceStyle.Hei, ["黑", "雅黑", "hei", "sans", "gothic", "yahei"]),
        (FaceStyle.Song, ["宋", "明", "song", "serif", "ming", "sun", "hanamin", "mincho"]),
    ];

    /// <summary>The kind of face the names (a family name, or all names of one face) stand for.</summary>
    public static FaceStyle Of(IEnumerable<string> names)
    {
        var all = names.Select(n => n.ToLowerInvariant()).ToList();
        foreach (var (style, words) in Words)
        {
            if (all.Any(n => words.Any(w => n.Contains(w, StringComparison.Ordinal))))
            {
                return style;
            }
        }
        return FaceStyle.Unknown;
    }

    /// <summary>The Chinese name of the kind: "仿宋", "宋体"…</summary>
    public static string Chinese(FaceStyle style) => style switch
    {
        FaceStyle.Fang => "仿宋",
        FaceStyle.Song => "宋体",
        FaceStyle.Hei => "黑体",
        FaceStyle.Kai => "楷体",
        _ => "未知",
    };
}
