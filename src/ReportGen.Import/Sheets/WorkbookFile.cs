using System.Text;
using ExcelDataReader;

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
                _ => e.Message,
            });
        }
        using (stream)
        {
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
                throw new WorkbookReadException($"工作簿已损坏或格式不受支持（{e.Message}）");
            }
        }
    }

    private static Sheet ReadSheet(IExcelDataReader reader)
    {
        var rows = new List<Cell[]>();
        while (reader.Read())
        {
            // Depth is the 0-based index of the row in the sheet (rows the file omits are skipped by Read).
            var index = reader.Depth;
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
