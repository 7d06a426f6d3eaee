using System.Text;
using ReportGen.Core.Documents;

namespace ReportGen.Templating.Markup;

/// <summary>
/// Inline markup of a paragraph: <c>[h2]…[/h2]</c> (inline heading run of level 1–4), <c>[b]…[/b]</c>
/// (bold), and backslash escapes. Runs do not nest.
/// </summary>
internal static class InlineParser
{
    /// <summary>The runs of <paramref name="text"/>; on a mistake, <paramref name="error"/> gets the index and message.</summary>
    public static List<Run> Parse(string text, Action<int, string> error)
    {
        var runs = new List<Run>();
        var sb = new StringBuilder();
        (string Tag, int Level, bool Bold)? open = null;
        var openAt = 0;

        void Flush()
        {
            if (sb.Length == 0)
            {
                return;
            }
            var run = new Run(sb.ToString(), open?.Bold ?? false, open?.Level ?? 0);
            if (runs.Count > 0 && runs[^1].Bold == run.Bold && runs[^1].InlineHeadingLevel == run.InlineHeadingLevel)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
            }
            else
            {
                runs.Add(run);
            }
            sb.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\\' && i + 1 < text.Length)
            {
                sb.Append(text[++i]);
                continue;
            }
            if (ch != '[')
            {
                sb.Append(ch);
                continue;
            }
            var close = text.IndexOf(']', i);
            var tag = close < 0 ? "" : text[(i + 1)..close];
            var closing = tag.StartsWith('/');
            var name = closing ? tag[1..] : tag;
            var style = Style(name);
            if (style is null)
            {
                error(i, $"未知的行内标记“[{tag}”：行内标题写 [h2]…[/h2]，加粗写 [b]…[/b]，字面的 [ 写作 \\[");
                sb.Append(ch);
                continue;
            }
            if (closing)
            {
                if (open?.Tag != name)
                {
                    error(i, open is null ? $"[/{name}] 前面没有对应的 [{name}]" : $"[{open.Value.Tag}] 要用 [/{open.Value.Tag}] 结束，而不是 [/{name}]");
                }
                Flush();
                open = null;
            }
            else
            {
                if (open is not null)
                {
                    error(i, $"[{open.Value.Tag}] 还没有结束，行内标记不能嵌套");
                }
                Flush();
                open = (name, style.Value.Level, style.Value.Bold);
                openAt = i;
            }
            i = close;
        }
        if (open is not null)
        {
            error(openAt, $"[{open.Value.Tag}] 没有结束标记 [/{open.Value.Tag}]");
        }
        Flush();
        return runs;
    }

    private static (int Level, bool Bold)? Style(string tag) => tag switch
    {
        "b" => (0, true),
        "h1" => (1, false),
        "h2" => (2, false),
        "h3" => (3, false),
        "h4" => (4, false),
        _ => null,
    };
}
