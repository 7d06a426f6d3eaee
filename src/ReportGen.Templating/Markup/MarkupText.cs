using System.Text;

namespace ReportGen.Templating.Markup;

/// <summary>
/// Text that is already markup: written to the output as it is. Every other value a template prints
/// with <c>{{ … }}</c> is data and is escaped, so a "|" or "[" in a reason or a name can never break a
/// table row or start an inline run.
/// </summary>
public sealed record MarkupText(string Text)
{
    public override string ToString() => Text;
}

/// <summary>The escaping of data inside the markup: a backslash before any of <c>\ | [ ] { } @ #</c>.</summary>
public static class MarkupEscaping
{
    private const string Special = "\\|[]{}@#";

    /// <summary>Escapes the special characters; line breaks become spaces (markup is line oriented).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special + "\r\n") < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            if (ch is '\r' or '\n')
            {
                sb.Append(' ');
                continue;
            }
            if (Special.Contains(ch))
            {
                sb.Append('\\');
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Removes the escaping backslashes.</summary>
    public static string Unescape(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text.ToString();
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
