using System.Text;
using System.Text.Json;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.IO;
using ReportGen.Core.Model;

namespace ReportGen.Core.Loading;

/// <summary>
/// Reads a department's budget JSON into the model. Never throws for bad input: every problem comes
/// back as a <see cref="Diagnostic"/> (file, JSON path, line and column, Chinese message), and the
/// report is only returned when the file is well-formed and every field binds.
/// </summary>
public static class BudgetLoader
{
    public static LoadResult Load(string path)
    {
        if (RegularFile.TryRead(path, out var problem) is not { } bytes)
        {
            return new LoadResult(null, [new Diagnostic(Severity.Error, path, null, $"无法读取文件：{problem}") { Rule = LoadRules.Unreadable }]);
        }
        return Parse(bytes, path);
    }

    public static LoadResult Parse(string json, string fileName) => Parse(Encoding.UTF8.GetBytes(json), fileName);

    public static LoadResult Parse(byte[] utf8, string fileName)
    {
        var bom = Encoding.UTF8.Preamble;
        if (utf8.AsSpan().StartsWith(bom))
        {
            utf8 = utf8[bom.Length..];
        }
        if (JsonSyntaxMessages.Encoding(utf8) is { } encoding)
        {
            return new LoadResult(null, [new Diagnostic(Severity.Error, fileName, null, encoding) { Rule = LoadRules.Syntax }]);
        }
        if (Array.IndexOf(utf8, (byte)'\n') < 0 && Array.IndexOf(utf8, (byte)'\r') >= 0)
        {
            // Old Mac line ends (CR only): the parser counts lines by LF; the same length keeps every offset.
            utf8 = utf8.Select(b => b == (byte)'\r' ? (byte)'\n' : b).ToArray();
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, BudgetJson.DocumentOptions);
        }
        catch (JsonException e)
        {
            return new LoadResult(null, [SyntaxError(e, utf8, fileName)]);
        }
        using (document)
        {
            var positions = JsonPositionMap.Build(utf8);
            var shape = new JsonShapeChecker(BudgetJson.Options, fileName).Check(document.RootElement, typeof(BudgetReport));
            if (shape.Count > 0)
            {
                return new LoadResult(null, [.. shape.Select(positions.Locate)]) { Positions = positions };
            }
            try
            {
                var report = document.RootElement.Deserialize<BudgetReport>(BudgetJson.Options)
                    ?? throw new JsonException("null document");
                return new LoadResult(report, []) { Positions = positions };
            }
            catch (JsonException e)
            {
                // The shape check should have caught it; the serializer's own words are English, so only its place is kept.
                var d = new Diagnostic(Severity.Error, fileName, e.Path ?? JsonPaths.Root, "无法读取此值：值的类型或格式与数据格式的要求不符") { Rule = LoadRules.WrongType };
                return new LoadResult(null, [positions.Locate(d)]) { Positions = positions };
            }
        }
    }

    private static Diagnostic SyntaxError(JsonException e, byte[] utf8, string fileName)
    {
        int? line = null, column = null;
        if (e.LineNumber is long l)
        {
            line = (int)l + 1;
            column = (int)(e.BytePositionInLine ?? 0) + 1;
            // BytePositionInLine counts UTF-8 bytes; editors count characters.
            var start = LineStart(utf8, l);
            if (start >= 0 && e.BytePositionInLine is long b)
            {
                var length = (int)Math.Min(b, utf8.Length - start);
                column = Encoding.UTF8.GetCharCount(utf8, start, length) + 1;
            }
        }
        return new Diagnostic(Severity.Error, fileName, null, JsonSyntaxMessages.Describe(e))
        {
            Line = line,
            Column = column,
            Rule = LoadRules.Syntax,
        };
    }

    private static int LineStart(byte[] utf8, long line)
    {
        var start = 0;
        for (long seen = 0; seen < line; seen++)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', start);
            if (next < 0)
            {
                return -1;
            }
            start = next + 1;
        }
        return start;
    }
}
