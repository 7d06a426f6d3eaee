using ReportGen.Core.Styling;

namespace ReportGen.Pdf.Fonts;

/// <summary>What the typesetter adds to the style sheet's font roles (<see cref="FontRoleNames"/>).</summary>
internal static class FontRoles
{
    /// <summary>
    /// The role whose face stands in for bold when a role's font has no bold face (faking bold
    /// would turn the text into Type 3 outlines): 黑体 for table-sized text, the level-1 heading
    /// font otherwise — the usual way Chinese documents emphasise.
    /// </summary>
    public static string BoldStandIn(string role) =>
        role is FontRoleNames.Table or FontRoleNames.Caption or FontRoleNames.Note or FontRoleNames.TableSubtitle
            ? FontRoleNames.TableHeader
            : FontRoleNames.Heading(1);
}
