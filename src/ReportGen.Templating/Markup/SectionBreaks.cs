using ReportGen.Core.Documents;

namespace ReportGen.Templating.Markup;

/// <summary>
/// Tidies section breaks so each wide table's template can say "@landscape … @portrait" on its own:
/// a break followed by another break (nothing between), a break to the orientation already in force,
/// and breaks at the very end are dropped. Two landscape tables in a row thus share one section.
/// </summary>
internal static class SectionBreaks
{
    public static List<Block> Normalize(IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        var current = PageOrientation.Portrait;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not SectionBreak brk)
            {
                result.Add(blocks[i]);
                continue;
            }
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (next is null or SectionBreak || brk.Orientation == current)
            {
                continue;
            }
            result.Add(brk);
            current = brk.Orientation;
        }
        return result;
    }
}
