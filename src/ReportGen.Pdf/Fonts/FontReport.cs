using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;
using ReportGen.Pdf.Layout;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// What a PDF says about its fonts: per role, the faces it embedded (from the finished pages), and a
/// warning for each role whose characters are mostly set in a face of another kind than the role's
/// first family asks for (正文 asks for 仿宋_GB2312 and got a 宋 face) — the document would look
/// wrong to the office that signs it, and the fix is a font folder.
/// </summary>
internal static class FontReport
{
    public static RenderResult Result(LaidOutDocument layout, FontSet fonts)
    {
        var byRole = layout.FacesByRole();
        var uses = new List<FontUse>();
        var warnings = new List<string>();
        foreach (var role in FontRoleNames.All.Where(byRole.ContainsKey).Concat(byRole.Keys.Where(r => !FontRoleNames.All.Contains(r)).Order(StringComparer.Ordinal)))
        {
            var faces = byRole[role];
            uses.AddRange(faces.Select(f => new FontUse(role, Name(f.Face.Info), f.Characters)));
            if (Mismatch(role, faces, fonts) is { } warning)
            {
                warnings.Add(warning);
            }
        }
        return new RenderResult(layout.Pages.Count) { Fonts = uses, Warnings = warnings };
    }

    /// <summary>The face as users name it: its family, "Bold" added for a bold face ("Noto Serif CJK SC Bold", "FandolFang").</summary>
    public static string Name(FontFaceInfo info) =>
        info.IsBold && !info.Family.Contains("Bold", StringComparison.OrdinalIgnoreCase) ? info.Family + " Bold" : info.Family;

    private static string? Mismatch(string role, IReadOnlyList<(FontFace Face, int Characters)> faces, FontSet fonts)
    {
        var asked = fonts.Chain(role).Families.FirstOrDefault() is { } first ? (Family: first, Style: FaceStyles.Of([first])) : default;
        if (asked.Style == FaceStyle.Unknown)
        {
            return null;
        }
        // The face that sets most of the role's characters among those whose kind is known (a Latin
        // face for digits is neither 仿宋 nor 宋).
        var main = faces.Select(f => (f.Face, f.Characters, Style: FaceStyles.Of(f.Face.Info.Families.Concat(f.Face.Info.FullNames))))
            .FirstOrDefault(f => f.Style != FaceStyle.Unknown);
        if (main.Face is null || main.Style == asked.Style)
        {
            return null;
        }
        var kind = FaceStyles.Chinese(asked.Style);
        return $"PDF 的{FontRoleNames.Chinese(role)}（{role}）要求{kind}（{asked.Family}），本机没有这类字体，"
            + $"实际嵌入的是{FaceStyles.Chinese(main.Style)}字体 {Name(main.Face.Info)}（{main.Characters} 字）。"
            + $"请把{kind}字体文件（如 {asked.Family} 的 .ttf）放进一个文件夹，用 --fonts 该文件夹 指定，或安装到系统字体目录；"
            + "免费的 Fandol 字体（FandolFang 等）由 scripts/setup.sh 安装。";
    }
}
