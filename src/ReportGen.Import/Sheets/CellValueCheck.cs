using System.IO.Compression;
using System.Xml;

namespace ReportGen.Import.Sheets;

/// <summary>
/// Cells of an .xlsx whose value the reader would give wrongly, found before reading and named with
/// their sheet: a reference to a shared string the workbook does not have (the reader gave the cell
/// the string's number, "999999" as a project's name) and an Excel error value (#DIV/0!, #REF!, …:
/// the reader gives an empty cell, which a column of broken formulas would turn into zeros that add up).
/// </summary>
internal static class CellValueCheck
{
    /// <summary>The most XML read from one part (a sheet of 200,000 rows is about 60 MB).</summary>
    private const long MaxPartBytes = 512L * 1024 * 1024;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The problem in Chinese, or null when every shared-string cell has its string (or the file is not a zip: left to the reader).</summary>
    public static string? Check(Stream stream)
    {
        var start = stream.Position;
        try
        {
            if (stream.ReadByte() != 'P' || stream.ReadByte() != 'K')
            {
                return null;
            }
            stream.Position = start;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var count = Count(zip.GetEntry("xl/sharedStrings.xml"));
            foreach (var (name, path) in Sheets(zip))
            {
                if (zip.GetEntry(path) is { } entry && FirstWrong(entry, count) is { } wrong)
                {
                    return wrong.Error is { } error
                        ? $"工作表“{name}”的单元格 {wrong.Cell} 是 Excel 的错误值 {error}（公式算不出结果），读不出它的内容；请在 Excel 中改正公式（或请财政部门重新导出）后再导入"
                        : $"工作簿已损坏：工作表“{name}”的单元格 {wrong.Cell} 引用了不存在的共享字符串（第 {wrong.Index + 1} 个，工作簿只有 {count} 个）；请在 Excel 中打开后另存为 .xlsx";
                }
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or FormatException or OverflowException)
        {
            return null; // Damage of another kind: the reader names it.
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static XmlReader Open(ZipArchiveEntry entry) =>
        XmlReader.Create(new BoundedStream(entry.Open(), MaxPartBytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, CloseInput = true });

    private static long Count(ZipArchiveEntry? entry)
    {
        if (entry is null)
        {
            return 0;
        }
        using var xml = Open(entry);
        long n = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && xml.NamespaceURI == Main && xml.Depth == 1)
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>Each sheet's name and the path of its part, in workbook order.</summary>
    private static List<(string Name, string Path)> Sheets(ZipArchive zip)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var xml = Open(rels);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                {
                    targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }
        var sheets = new List<(string, string)>();
        if (zip.GetEntry("xl/workbook.xml") is { } book)
        {
            using var xml = Open(book);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.NamespaceURI == Main
                    && xml.GetAttribute("id", Relationships) is { } id && targets.TryGetValue(id, out var path))
                {
                    sheets.Add((xml.GetAttribute("name") ?? path, path));
                }
            }
        }
        return sheets;
    }

    /// <summary>The first cell referring to a missing shared string (its index) or holding an error value (the error).</summary>
    private static (string Cell, long Index, string? Error)? FirstWrong(ZipArchiveEntry entry, long count)
    {
        using var xml = Open(entry);
        string? cell = null;
        string? type = null;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main)
            {
                continue;
            }
            if (xml.LocalName == "c")
            {
                cell = xml.GetAttribute("r");
                type = xml.GetAttribute("t");
            }
            else if (xml.LocalName == "v" && type is "s" or "e")
            {
                var text = xml.ReadElementContentAsString().Trim();
                if (type == "e")
                {
                    return (cell ?? "?", -1, text.Length > 0 ? text : "#VALUE!");
                }
                if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) || index >= count)
                {
                    return (cell ?? "?", long.TryParse(text, out var i) ? i : -1, null);
                }
                type = null;
            }
        }
        return null;
    }

    /// <summary>A read-only stream that fails past <c>limit</c> bytes (a part that inflates without end).</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            return _read > limit ? throw new InvalidDataException("part too large") : n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
