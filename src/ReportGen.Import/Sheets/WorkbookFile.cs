using System.Text;
using ExcelDataReader;
using ReportGen.Core.IO;

namespace ReportGen.Import.Sheets;

/// <summary>Reads every worksheet of an .xlsx or .xls workbook with ExcelDataReader.</summary>
internal static class WorkbookFile
{
    static WorkbookFile()
    {
        // Legacy .xls files store text in the workbook's code page (GBK for Chinese Excel).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The sheets of the workbook; throws <see cref="WorkbookReadException"/> with a Chinese reason when it cannot be read.</summary>
    public static IReadOnlyList<Sheet> Read(string path)
    {
        // Only a regular file: a FIFO would block the open forever, a device never ends.
        if (RegularFile.Check(path) is { } notAFile)
        {
            throw new WorkbookReadException(notAFile);
        }
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new WorkbookReadException(e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "文件不存在",
                UnauthorizedAccessException => "没有读取权限",
                IOException => IoErrors.Describe(e),
                _ => "文件名无效",
            });
        }
        using (stream)
        {
            if (CellValueCheck.Check(stream) is { } wrongCell)
            {
                throw new WorkbookReadException(wrongCell);
            }
            try
            {
                using var reader = ExcelReaderFactory.CreateReader(stream);
                var sheets = new List<Sheet>();
                do
                {
                    sheets.Add(ReadSheet(reader));
                }
                while (reader.NextResult());
                return sheets;
            }
            catch (Exception e) when (e is ExcelDataReader.Exceptions.HeaderException or ExcelDataReader.Exceptions.InvalidPasswordException)
            {
                throw new WorkbookReadException(e is ExcelDataReader.Exceptions.InvalidPasswordException
                    ? "工作簿有密码保护，请在 Excel 中取消密码后另存"
                    : "不是 Excel 工作簿（.xlsx 或 .xls），或文件已损坏");
            }
            catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException or NotSupportedException or IOException)
            {
                throw new WorkbookReadException(Damage(e));
            }
        }
    }

    /// <summary>What is wrong with a workbook the reader gave up on, in Chinese (the reader's own words are English).</summary>
    private static string Damage(Exception e) => e switch
    {
        System.Xml.XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) =>
            "工作簿中的 XML 含有文档类型定义（DTD），为安全起见不予读取；请在 Excel 中打开后另存为 .xlsx",
        System.Xml.XmlException x => $"工作簿中的 XML 已损坏（第 {x.LineNumber} 行第 {x.LinePosition} 列）；请在 Excel 中打开后另存为 .xlsx",
        InvalidDataException => "工作簿不是完整的 ZIP 压缩包（.xlsx 文件已损坏或只复制了一部分）",
        IOException => IoErrors.Describe(e),
        _ => "工作簿已损坏或格式不受支持；请在 Excel 中打开后另存为 .xlsx",
    };

    /// <summary>
    /// Rows read from one sheet at most: twice the stacked 表十七 of a department with 5,000 projects.
    /// A sheet of a million rows (a column filled to the bottom) is refused instead of read for hours.
    /// </summary>
    internal const int MaxRows = 200_000;

    private static Sheet ReadSheet(IExcelDataReader reader)
    {
        var rows = new List<Cell[]>();
        while (reader.Read())
        {
            // Depth is the 0-based index of the row in the sheet (rows the file omits are skipped by Read).
            var index = reader.Depth;
            if (index >= MaxRows)
            {
                throw new WorkbookReadException($"工作表“{reader.Name}”有超过 {MaxRows.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture)} 行，不是部门预算公开表（有 5,000 个项目的部门，整个工作簿约 10 万行）；请删去表格下方多余的行后另存");
            }
            while (rows.Count < index)
            {
                rows.Add([]);
            }
            var cells = new Cell[reader.FieldCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = new Cell(index, c, reader.GetValue(c));
            }
            rows.Add(cells);
        }
        var merged = (reader.MergeCells ?? [])
            .Select(m => new MergedRange(m.FromRow, m.FromColumn, m.ToRow, m.ToColumn))
            .ToList();
        return new Sheet(reader.Name, [.. rows], merged);
    }
}

/// <summary>The workbook cannot be read at all (missing, protected, not a workbook).</summary>
internal sealed class WorkbookReadException(string message) : Exception(message);
