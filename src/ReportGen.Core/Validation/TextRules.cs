using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Core.Validation;

/// <summary>
/// Every text of the data, as a reviewer of published disclosures reads it: no text of blanks only
/// (it would print as "主要原因是  。"), no control or invisible characters (they pass unseen and then
/// break a document), no template residue ("XX", "××", "{单位}"), no doubled units ("万元万元") or
/// words ("增加增加"), a share with its "%", and one money unit per text.
/// </summary>
internal static partial class TextRules
{
    /// <summary>Checks one text at <paramref name="path"/>.</summary>
    public static void Check(ValidationContext ctx, string text, string path)
    {
        if (text.Length > 0 && string.IsNullOrWhiteSpace(text))
        {
            ctx.Error(ValidationRules.EmptyText, path, "文字只有空白字符（会印成“主要原因是  。”这样的空句）；请填写内容，不需要时删去此字段");
            return;
        }
        if (text.Length > 0 && !IndicatorSign(path) && !text.EnumerateRunes().Any(Rune.IsLetterOrDigit))
        {
            // "-", "/", "—", "…": what is typed into a cell that has nothing to say; it prints as "主要原因是-。".
            ctx.Error(ValidationRules.EmptyText, path, $"文字“{text.Trim()}”中没有任何汉字、字母或数字（会印成“主要原因是{text.Trim()}。”这样的句子）；请填写实际内容，不需要时删去此字段");
            return;
        }
        if (text.Length > ValidationRules.MaxTextCharacters)
        {
            ctx.Error(ValidationRules.TextLength, path, $"文字有 {ValidationContext.Count(text.Length)} 个字符，超过上限 {ValidationContext.Count(ValidationRules.MaxTextCharacters)} 个字符（工作簿的一个单元格放不下）；请缩短");
            return;
        }
        if (Invisible(text) is { } bad)
        {
            ctx.Error(ValidationRules.InvisibleCharacter, path, $"第 {bad.Index + 1} 个字符是{bad.Name}（U+{bad.Code:X4}），打印不出或会打乱文字；请删去");
        }
        // Full-width forms (“ＸＸ”, “｛单位｝”) are the same residue: compared in compatibility form.
        if (Residue().Match(Compatible(text)) is { Success: true } residue)
        {
            ctx.Error(ValidationRules.Residue, path, $"文字中有模板残留或占位符“{residue.Value}”；请换成实际内容");
        }
        if (DoubledUnit().Match(text) is { Success: true } unit)
        {
            ctx.Error(ValidationRules.Doubled, path, $"单位重复：“{unit.Value}”");
        }
        else if (DoubledWord().Match(text) is { Success: true } word)
        {
            ctx.Warning(ValidationRules.Doubled, path, $"词语重复：“{word.Value}”（是否多写了一遍？）");
        }
        if (ShareWithoutPercent().Match(text) is { Success: true } share)
        {
            ctx.Warning(ValidationRules.Percent, path, $"“{share.Value}”后缺少百分号“%”");
        }
        if (Yuan().IsMatch(text) && WanYuan().IsMatch(text))
        {
            ctx.Warning(ValidationRules.MixedUnits, path, "同一段文字中金额单位“元”和“万元”混用；请统一为一种单位");
        }
        // The department block is the full name's source (its own unit is checked in ReviewRules).
        if (!path.StartsWith("$.department.", StringComparison.Ordinal) && ctx.FullName.FirstVariant(text) is { } variant)
        {
            var name = ctx.Report.Department.Name;
            ctx.Error(ValidationRules.FullName, path, variant.OtherDistrict
                ? $"文字中的“{variant.Written}”与部门全称“{name}”的区县不同；部门全称应处处一致，请改为“{name}”"
                : $"文字中的“{variant.Written}”与部门全称“{name}”不一致（多字、少字或错字）；部门全称应处处一致，请改为“{name}”");
        }
    }

    /// <summary>
    /// The first character that cannot be printed as written, with a Chinese name: control, format
    /// (zero-width, direction), line and paragraph separators, unpaired surrogates, noncharacters
    /// (U+FFFF: not allowed in a DOCX), private-use and unassigned code points, and the symbols outside
    /// the basic plane no document font has (emoji, mathematical letters).
    /// </summary>
    internal static (int Index, int Code, string Name)? Invisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                return (i, c, "不成对的代理码元（文件编码损坏）");
            }
            var code = char.ConvertToUtf32(text, i);
            if (Name(c, code) is { } name)
            {
                return (i, code, name);
            }
            i += code > 0xFFFF ? 1 : 0;
        }
        return null;
    }

    private static string? Name(char c, int code) => c switch
    {
        '\n' => null,
        '\t' => "制表符",
        '\r' => "回车符",
        '\u00A0' => null,
        '\u200B' => "零宽空格",
        '\u200C' or '\u200D' => "零宽连接符",
        '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => "文字方向控制符",
        '\u2060' => "零宽不换行符",
        '\uFEFF' => "字节顺序标记（BOM，零宽不换行空格）",
        '\uFFFD' => "替换字符“\uFFFD”（文件编码已损坏）",
        '\uFFFC' => "对象替换字符（复制时丢失的图片或对象）",
        _ when DefaultIgnorable(code) => "不可见的字符（填充符、组合用字符或异体字选择符）",
        _ when char.IsControl(c) => "控制字符",
        _ when (code & 0xFFFE) == 0xFFFE || code is >= 0xFDD0 and <= 0xFDEF => "非字符（文件可能已损坏）",
        _ => CharUnicodeInfo.GetUnicodeCategory(code) switch
        {
            UnicodeCategory.Format => "不可见的格式字符",
            UnicodeCategory.LineSeparator => "行分隔符",
            UnicodeCategory.ParagraphSeparator => "段分隔符",
            UnicodeCategory.PrivateUse => "私用区字符（自造字，公文字体中没有）",
            UnicodeCategory.OtherNotAssigned => "未定义的字符",
            UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol when code > 0xFFFF => "表情符号或特殊符号（公文字体中没有）",
            _ when code is >= 0x1D400 and <= 0x1D7FF => "数学字母符号（公文字体中没有）",
            _ => null,
        },
    };

    /// <summary>An indicator's unit ("%") and nature ("≥"): signs are their content.</summary>
    private static bool IndicatorSign(string path) =>
        path.Contains(".indicators[", StringComparison.Ordinal) && (path.EndsWith(".unit", StringComparison.Ordinal) || path.EndsWith(".nature", StringComparison.Ordinal));

    /// <summary>The text in Unicode compatibility form (ＸＸ → XX); as it is when it cannot be normalised (an unpaired surrogate, reported above).</summary>
    private static string Compatible(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>
    /// The default-ignorable code points (Unicode DerivedCoreProperties) that are not format characters
    /// (those are found by their category): combining grapheme joiner, Hangul fillers, Khmer inherent
    /// vowels, Mongolian and other variation selectors. None prints; each passes for a blank or nothing.
    /// </summary>
    private static bool DefaultIgnorable(int code) => code is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFFA0
        or (>= 0x180B and <= 0x180F) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    [GeneratedRegex(@"(?<![A-Za-z])(?:XX+|xx+)(?![A-Za-z])|[×＊*]{2,}|[{｛][^{}｛｝]{0,12}[}｝]|＿{2,}|_{3,}")]
    private static partial Regex Residue();

    [GeneratedRegex(@"(万元|亿元|元|%|％)\1")]
    private static partial Regex DoubledUnit();

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}{2,4})\1")]
    private static partial Regex DoubledWord();

    [GeneratedRegex(@"(?:占比?|增长|下降|提高|降低)[^，。；：\d%％]{0,10}?\d+(?:\.\d+)?(?=[，。；、）)]|$)")]
    private static partial Regex ShareWithoutPercent();

    [GeneratedRegex(@"\d(?:[\d,]*)(?:\.\d+)?元")]
    private static partial Regex Yuan();

    [GeneratedRegex(@"\d(?:[\d,]*)(?:\.\d+)?万元")]
    private static partial Regex WanYuan();
}
