using Scriban.Parsing;

namespace ReportGen.Templating.Hosting;

/// <summary>
/// Finds the block statement (for, if, while, capture …) that has no <c>end</c>. Scriban reports a
/// missing <c>end</c> where the file ends; a template editor needs the line that opened the block.
/// </summary>
internal static class UnclosedBlock
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "for", "if", "while", "capture", "case", "func", "wrap", "with", "tablerow",
    };

    /// <summary>The innermost block left open at the end of <paramref name="text"/> (1-based line and column), or null.</summary>
    public static (int Line, int Column, string Keyword)? Find(string text)
    {
        var open = new Stack<(int Line, int Column, string Keyword)>();
        var statementStart = false;
        var lastLine = -1;
        foreach (var token in new Lexer(text))
        {
            // A statement starts after {{, after ";" and on a new line inside a code block.
            if (token.Type is TokenType.CodeEnter or TokenType.SemiColon)
            {
                statementStart = true;
                lastLine = token.End.Line;
                continue;
            }
            if (token.Start.Line != lastLine && token.Type != TokenType.CodeExit)
            {
                statementStart = true;
            }
            if (token.Type == TokenType.Identifier && statementStart)
            {
                var word = text.Substring(token.Start.Offset, token.End.Offset - token.Start.Offset + 1);
                if (Openers.Contains(word))
                {
                    open.Push((token.Start.Line + 1, token.Start.Column + 1, word));
                }
                else if (word == "end" && open.Count > 0)
                {
                    open.Pop();
                }
            }
            statementStart = false;
            lastLine = token.End.Line;
        }
        return open.Count > 0 ? open.Peek() : null;
    }
}
