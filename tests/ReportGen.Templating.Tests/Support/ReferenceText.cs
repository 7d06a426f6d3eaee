using System.Text;

namespace ReportGen.Templating.Tests.Support;

/// <summary>
/// Reads the published reference text: its narrative (sections 一–七) and its tables (title line,
/// then tab-separated rows), normalised so that extraction artefacts do not count: whitespace
/// removed, half-width punctuation mapped to full width.
/// </summary>
internal static class ReferenceText
{
    public const string ContentsTitle = "2024年渝北区部门预算公开表（目录）";

    public sealed record RefTable(string Title, List<string[]> Rows);

    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                continue;
            }
            sb.Append(ch switch
            {
                '(' => '（',
                ')' => '）',
                ',' => '，',
                ':' => '：',
                ';' => '；',
                _ => ch,
            });
        }
        return sb.ToString();
    }

    /// <summary>The narrative split into sentences at 。 and ；.</summary>
    public static List<string> Sentences(string narrative) =>
        [.. Normalize(narrative).Split(['。', '；'], StringSplitOptions.RemoveEmptyEntries)];

    public static (string Narrative, List<RefTable> Tables) Split(string text)
    {
        var at = text.IndexOf(ContentsTitle, StringComparison.Ordinal);
        var narrative = text[..at];
        var tables = new List<RefTable>();
        foreach (var raw in text[at..].Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Contains('\t'))
            {
                tables[^1].Rows.Add(line.Split('\t'));
            }
            else if (IsTitle(line))
            {
                tables.Add(new RefTable(line.Trim(), []));
            }
        }
        return (narrative, tables);
    }

    private static bool IsTitle(string line) =>
        line.StartsWith("2024年", StringComparison.Ordinal) && (line.EndsWith('表') || line.EndsWith("（目录）", StringComparison.Ordinal));

    /// <summary>A row as compared: normalised cells, trailing empty cells dropped.</summary>
    public static string RowKey(IEnumerable<string> cells)
    {
        var list = cells.Select(Normalize).ToList();
        while (list.Count > 0 && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }
        return string.Join("\t", list);
    }
}
