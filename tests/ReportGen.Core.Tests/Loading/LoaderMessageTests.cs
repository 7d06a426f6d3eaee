using System.Text;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Tests.Loading;

/// <summary>Messages about a file's syntax a person can act on: Chinese only, the encoding named, the right line.</summary>
public sealed class LoaderMessageTests
{
    [Fact]
    public void Content_after_the_json_is_reported_as_extra_content_in_chinese_only()
    {
        var d = Assert.Single(BudgetLoader.Parse(TestData.ReferenceJson + "\n}", "x.json").Diagnostics);

        Assert.StartsWith("JSON 语法错误：完整的 JSON 对象结束后还有多余的内容", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("未闭合", d.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,}", d.Message.Replace("JSON", "", StringComparison.Ordinal).Replace("UTF", "", StringComparison.Ordinal));
    }

    public static TheoryData<byte[], string> Encodings => new()
    {
        { [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(TestData.ReferenceJson)], "文件是 UTF-16 编码（带字节顺序标记）；请另存为 UTF-8 编码" },
        { Encoding.BigEndianUnicode.GetBytes(TestData.ReferenceJson), "文件似乎是 UTF-16 编码（每隔一个字节为 0）；请另存为 UTF-8 编码" },
        { GB18030(TestData.ReferenceJson), "文件不是有效的 UTF-8 编码，似乎是 GB18030（GBK/GB2312）编码；请在编辑器中另存为 UTF-8 编码" },
        { [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(TestData.ReferenceJson)], "文件是 UTF-32 编码（带字节顺序标记）；请另存为 UTF-8 编码" },
        { Encoding.UTF32.GetBytes(TestData.ReferenceJson), "文件似乎是 UTF-32 编码（每个字符占 4 个字节，其中 3 个为 0）；请另存为 UTF-8 编码" },
        // Cut inside the last character of "陈璟": an incomplete file, not another encoding.
        { Encoding.UTF8.GetBytes(TestData.ReferenceJson)[..(Encoding.UTF8.GetByteCount(TestData.ReferenceJson[..TestData.ReferenceJson.IndexOf("陈璟", StringComparison.Ordinal)]) + 4)],
            "文件在一个字符的中间结束：文件不完整（可能只保存或复制了一部分）；请找回完整的文件" },
    };

    /// <summary>Escapes that are half a character, in a text, a number's place, an enumeration and a field name.</summary>
    public static TheoryData<string, string, string, string> LoneSurrogates => new()
    {
        { "\"person\": \"陈璟\"", "\"person\": \"陈\\ud800璟\"", "$.contact.person", "文字 \"陈\\ud800璟\" 中的转义“\\ud800”不是一个完整的字符（不成对的代理项，文件可能已损坏）；请删去或改为实际的文字" },
        { "\"amount\": 17625499.55", "\"amount\": \"\\udfff\"", "$.income.generalBudget.amount", "文字 \"\\udfff\" 中的转义“\\udfff”不是一个完整的字符（不成对的代理项，文件可能已损坏）；请删去或改为实际的文字" },
        { "\"amountUnit\": \"元\"", "\"amountUnit\": \"\\uD83D\"", "$.department.amountUnit", "文字 \"\\uD83D\" 中的转义“\\uD83D”不是一个完整的字符（不成对的代理项，文件可能已损坏）；请删去或改为实际的文字" },
        { "\"phone\":", "\"\\udc00x\": 1, \"phone\":", "$.contact", "字段名 \"\\udc00x\": 1 中的转义“\\udc00”不是一个完整的字符（不成对的代理项，文件可能已损坏）；请删去或改为实际的文字" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void An_escape_that_is_half_a_character_is_one_located_chinese_error_not_a_crash(string original, string damaged, string path, string message)
    {
        Assert.Contains(original, TestData.ReferenceJson, StringComparison.Ordinal);
        var result = BudgetLoader.Parse(TestData.ReferenceJson.Replace(original, damaged, StringComparison.Ordinal), "x.json");

        Assert.Null(result.Report);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((path, message), (d.Path, d.Message));
        Assert.NotNull(d.Line);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_file_in_another_encoding_is_named_by_its_likely_encoding(byte[] bytes, string message)
    {
        Assert.Equal(message, Assert.Single(BudgetLoader.Parse(bytes, "x.json").Diagnostics).Message);
    }

    [Fact]
    public void Line_numbers_are_right_for_a_file_with_cr_only_line_ends()
    {
        var lf = TestData.ReferenceJson.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\"district\": \"渝北区\",", "\"district\": \"渝北区\"", StringComparison.Ordinal);
        var fromLf = Assert.Single(BudgetLoader.Parse(lf, "x.json").Diagnostics);
        var fromCr = Assert.Single(BudgetLoader.Parse(lf.Replace('\n', '\r'), "x.json").Diagnostics);

        Assert.True(fromLf.Line > 3);
        Assert.Equal((fromLf.Line, fromLf.Column, fromLf.Message), (fromCr.Line, fromCr.Column, fromCr.Message));
    }

    private static byte[] GB18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }
}
