namespace ReportGen.Core.Validation;

/// <summary>Code checks shared by the classification trees: digits of the right length per level, nesting, uniqueness.</summary>
internal static class TreeCodes
{
    /// <summary>
    /// Checks one node's code. <paramref name="lengths"/> and <paramref name="levels"/> give the code length and
    /// level name (类/款/项) per depth. Returns false when the node is deeper than the classification allows.
    /// </summary>
    public static bool Check(ValidationContext ctx, string tree, string path, string code, string? parentCode, int depth, bool isLeaf, int[] lengths, string[] levels)
    {
        if (depth >= lengths.Length)
        {
            ctx.Error(ValidationRules.CodeNesting, path, $"{tree}最多{lengths.Length}级（{string.Join("、", levels)}），“{code}”处于第{depth + 1}级");
            return false;
        }
        if (code.Length != lengths[depth] || !code.All(char.IsAsciiDigit))
        {
            ctx.Error(ValidationRules.CodeFormat, path + ".code", $"{tree}{levels[depth]}级科目编码应为 {lengths[depth]} 位数字，实际为“{code}”");
        }
        else if (parentCode is not null && !code.StartsWith(parentCode, StringComparison.Ordinal))
        {
            ctx.Error(ValidationRules.CodeNesting, path + ".code", $"科目编码“{code}”应以上级科目编码“{parentCode}”开头");
        }
        if (isLeaf && depth < lengths.Length - 1)
        {
            ctx.Error(ValidationRules.CodeNesting, path, $"{tree}应细化到{levels[^1]}级（{lengths[^1]} 位编码）：“{code}”没有下级科目");
        }
        return true;
    }

    /// <summary>Records a key; an error naming the first occurrence when it was seen before.</summary>
    public static void Unique(ValidationContext ctx, Dictionary<string, string> seen, string key, string label, string path)
    {
        if (!seen.TryAdd(key, path))
        {
            ctx.Error(ValidationRules.CodeDuplicate, path + ".code", $"科目编码“{label}”重复出现（首次出现于 {seen[key]}）");
        }
    }
}
