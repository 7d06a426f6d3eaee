using System.Text.RegularExpressions;

namespace ReportGen.Templating.Markup;

/// <summary>
/// The numbering labels of the document's four heading levels: "一、", "（一）", "1.", "（1）". Half-width
/// parentheses are accepted as input and the label is kept as written.
/// </summary>
public static partial class Numbering
{
    /// <summary>The numbering label at the start of <paramref name="text"/> and the heading level it stands for.</summary>
    public static (string Label, int Level)? Match(string text)
    {
        var m = Label().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var level = m.Groups["l1"].Success ? 1 : m.Groups["l2"].Success ? 2 : m.Groups["l3"].Success ? 3 : 4;
        return (m.Value, level);
    }

    [GeneratedRegex(@"^(?:(?<l1>[一二三四五六七八九十]+、)|(?<l2>[（(][一二三四五六七八九十]+[）)])|(?<l3>\d+[.．、](?!\d))|(?<l4>[（(]\d+[）)]))")]
    private static partial Regex Label();
}
