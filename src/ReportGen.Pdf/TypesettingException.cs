namespace ReportGen.Pdf;

/// <summary>
/// A document the PDF typesetter cannot set as asked (a character no font covers, a role with no
/// installed font). The message is in Chinese and says what and where, for the person who fixes
/// the input or installs the font; the build command reports it and writes no file.
/// </summary>
public abstract class TypesettingException(string message) : Exception(message);

/// <summary>A character that no font of its role's family chain covers: it would print as a box or a blank.</summary>
public sealed class UncoveredCharacterException(int codePoint, string role, IReadOnlyList<string> families, string location)
    : TypesettingException(
        $"字符“{char.ConvertFromUtf32(codePoint)}”(U+{codePoint:X4}) 没有可用的字体：样式“{role}”的字体（{string.Join("、", families)}）都不含此字；位置：{location}")
{
    public int CodePoint { get; } = codePoint;

    public string Character => char.ConvertFromUtf32(CodePoint);

    public string Role { get; } = role;

    public string Location { get; } = location;
}

/// <summary>A font role none of whose families is installed (nor in the fonts folders given).</summary>
public sealed class FontNotFoundException(string role, IReadOnlyList<string> families)
    : TypesettingException($"样式“{role}”的字体都未安装：{string.Join("、", families)}。请安装其中之一，或用 --fonts 选项指定字体所在的文件夹（如 reportgen build 数据 --out 输出 --fonts 字体文件夹）。")
{
    public string Role { get; } = role;
}
