using System.Text.Json;

namespace ReportGen.Core.Loading;

/// <summary>Turns the parser's (English) syntax error into a Chinese message for the people who edit the file.</summary>
internal static class JsonSyntaxMessages
{
    /// <summary>
    /// The likely encoding of a file that is not UTF-8 (UTF-16 with or without its byte order mark, or
    /// the GB18030/GBK a Chinese Windows editor saves), as a Chinese message; null when it looks like UTF-8.
    /// </summary>
    public static string? Encoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((byte[])[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((byte[])[0, 0, 0xFE, 0xFF]))
        {
            return "文件是 UTF-32 编码（带字节顺序标记）；请另存为 UTF-8 编码";
        }
        if (bytes.StartsWith((byte[])[0xFF, 0xFE]) || bytes.StartsWith((byte[])[0xFE, 0xFF]))
        {
            return "文件是 UTF-16 编码（带字节顺序标记）；请另存为 UTF-8 编码";
        }
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length >= 4 && sample.Count((byte)0) * 5 >= sample.Length * 3)
        {
            return "文件似乎是 UTF-32 编码（每个字符占 4 个字节，其中 3 个为 0）；请另存为 UTF-8 编码";
        }
        if (sample.Length >= 4 && sample.Count((byte)0) * 4 >= sample.Length)
        {
            return "文件似乎是 UTF-16 编码（每隔一个字节为 0）；请另存为 UTF-8 编码";
        }
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return CutInACharacter(bytes)
                ? "文件在一个字符的中间结束：文件不完整（可能只保存或复制了一部分）；请找回完整的文件"
                : "文件不是有效的 UTF-8 编码，似乎是 GB18030（GBK/GB2312）编码；请在编辑器中另存为 UTF-8 编码";
        }
        return null;
    }

    /// <summary>True when the bytes are UTF-8 up to a last character whose bytes stop short: a file cut off, not another encoding.</summary>
    private static bool CutInACharacter(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.Length - 1;
        while (start > 0 && bytes.Length - start < 4 && (bytes[start] & 0xC0) == 0x80)
        {
            start--;
        }
        var lead = bytes[start];
        var needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return needed > bytes.Length - start && System.Text.Unicode.Utf8.IsValid(bytes[..start]);
    }

    public static string Describe(JsonException e)
    {
        var text = e.Message;
        var cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            text = text[..cut];
        }
        var found = Quoted(text);
        string chinese;
        if (Has(text, "does not contain any JSON tokens"))
        {
            chinese = "文件为空，没有 JSON 内容";
        }
        else if (Has(text, "UTF-8") || Has(text, "UTF8"))
        {
            chinese = "文件不是有效的 UTF-8 编码（请以 UTF-8 保存）";
        }
        else if (Has(text, "is invalid after a value"))
        {
            chinese = $"值后面出现了“{found}”，此处应为逗号“,”、“}}”或“]”（是否缺少逗号？）";
        }
        else if (Has(text, "is invalid after a property name"))
        {
            chinese = $"字段名后面应为冒号“:”，实际为“{found}”";
        }
        else if (Has(text, "is an invalid start of a property name"))
        {
            chinese = $"此处应为用英文双引号括起的字段名，实际为“{found}”（是否多了一个逗号或少了引号？）";
        }
        else if (Has(text, "is an invalid start of a value"))
        {
            chinese = $"“{found}”不是合法的值（字符串须用英文双引号，数字不能带千分位逗号或单位）";
        }
        else if (Has(text, "invalid within a JSON string") || Has(text, "escaped"))
        {
            chinese = "字符串中有未转义的字符（换行写作 \\n，引号写作 \\\"，反斜杠写作 \\\\）";
        }
        else if (Has(text, "Expected end of string"))
        {
            chinese = "字符串没有结束（缺少右引号）";
        }
        else if (Has(text, "after a single JSON value"))
        {
            chinese = "完整的 JSON 对象结束后还有多余的内容（一个文件只能有一个顶层对象；是否多了一个“}”或粘贴了两份内容？）";
        }
        else if (Has(text, "end of data") || Has(text, "Expected depth to be zero"))
        {
            chinese = "文件意外结束：有未闭合的“{”或“[”";
        }
        else if (Has(text, "'}' is invalid") || Has(text, "']' is invalid") || Has(text, "doesn't match") || Has(text, "does not match"))
        {
            chinese = $"括号不匹配：“{found}”没有对应的开括号";
        }
        else if (Has(text, "maximum configured depth"))
        {
            chinese = "嵌套层次太深";
        }
        else
        {
            chinese = "JSON 语法错误";
        }
        // The parser's own (English) words are not shown: the Chinese says the same, and the position is in the diagnostic.
        return chinese == "JSON 语法错误" ? chinese : $"JSON 语法错误：{chinese}";
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first '…'-quoted token of the parser's message ("'x' is invalid …").</summary>
    private static string Quoted(string text)
    {
        var start = text.IndexOf('\'');
        var end = start >= 0 ? text.IndexOf('\'', start + 1) : -1;
        return end > start + 1 ? text[(start + 1)..end] : "?";
    }
}
