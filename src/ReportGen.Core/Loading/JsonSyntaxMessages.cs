using System.Text.Json;

namespace ReportGen.Core.Loading;

/// <summary>Turns the parser's (English) syntax error into a Chinese message for the people who edit the file.</summary>
internal static class JsonSyntaxMessages
{
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
        else if (Has(text, "end of data") || Has(text, "Expected depth to be zero"))
        {
            chinese = "文件意外结束：有未闭合的“{”或“[”";
        }
        else if (Has(text, "'}' is invalid") || Has(text, "']' is invalid") || Has(text, "doesn't match") || Has(text, "does not match"))
        {
            chinese = $"括号不匹配：“{found}”没有对应的开括号";
        }
        else if (Has(text, "after a single JSON value"))
        {
            chinese = "完整的 JSON 值后面还有多余内容（一个文件只能有一个顶层对象）";
        }
        else if (Has(text, "maximum configured depth"))
        {
            chinese = "嵌套层次太深";
        }
        else
        {
            chinese = "JSON 语法错误";
        }
        return $"JSON 语法错误：{chinese}（解析器：{text.TrimEnd('.', ' ')}）".Replace("JSON 语法错误：JSON 语法错误", "JSON 语法错误", StringComparison.Ordinal);
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
