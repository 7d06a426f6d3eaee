using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using ReportGen.Import.Sheets;
using ReportGen.Import.Tables;

namespace ReportGen.Import;

/// <summary>Rule identifiers of the importer's own diagnostics.</summary>
public static class ImportRules
{
    /// <summary>The workbook cannot be read.</summary>
    public const string Unreadable = "io";
    /// <summary>A table the document needs is not in the workbook.</summary>
    public const string MissingTable = "missing-table";
    /// <summary>A cell that should hold an amount holds text.</summary>
    public const string NotAnAmount = "not-an-amount";
    /// <summary>A 合计 (or other total) of a table differs from the sum of its rows.</summary>
    public const string Sum = "sum";
    /// <summary>Two tables state different figures for the same thing.</summary>
    public const string CrossTable = "cross-table";
    /// <summary>A row or header the importer cannot read.</summary>
    public const string Layout = "layout";
    /// <summary>Department, unit, year or district stated differently in two places.</summary>
    public const string Inconsistent = "inconsistent";
}

/// <summary>Where import diagnostics go, and the formatting shared by the table readers.</summary>
internal sealed partial class ImportContext(string file)
{
    public string File => file;
    public List<Diagnostic> Found { get; } = [];
    public AmountUnit Unit { get; set; } = AmountUnit.元;
    public int Year { get; set; }

    /// <summary>"file.xlsx:表五!D12".</summary>
    public string Place(Sheet sheet, Cell cell) => $"{file}:{sheet.Name}!{cell.Address}";

    public void Error(string rule, Sheet sheet, Cell cell, string message) =>
        Found.Add(new Diagnostic(Severity.Error, Place(sheet, cell), null, message) { Rule = rule });

    public void Warning(string rule, Sheet sheet, Cell cell, string message) =>
        Found.Add(new Diagnostic(Severity.Warning, Place(sheet, cell), null, message) { Rule = rule });

    public void Error(string rule, string message) =>
        Found.Add(new Diagnostic(Severity.Error, file, null, message) { Rule = rule });

    public void Warning(string rule, string message) =>
        Found.Add(new Diagnostic(Severity.Warning, file, null, message) { Rule = rule });

    public string UnitName => Unit == AmountUnit.万元 ? "万元" : "元";

    /// <summary>"17,625,499.55 元".</summary>
    public string Money(decimal value) => value.ToString("#,##0.00##", CultureInfo.InvariantCulture) + " " + UnitName;

    /// <summary>
    /// The amount in a cell: a number, or text that reads as one ("1,200.00"); zero for an empty cell
    /// and for "-", "—", "0", "0.00". Text that is no amount is reported and read as zero.
    /// </summary>
    public decimal Amount(Sheet sheet, Cell cell, string what)
    {
        if (cell.Value is double d)
        {
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                Error(ImportRules.NotAnAmount, sheet, cell, $"{what}不是有效的数字");
                return 0m;
            }
            if (Math.Abs(d) >= 1e15)
            {
                // Beyond any budget (the data format's bound), and beyond what decimal holds from 7.9e28 on.
                Error(ImportRules.NotAnAmount, sheet, cell, $"{what}为 {d.ToString("R", CultureInfo.InvariantCulture)}，过大：绝对值不能超过 1,000,000,000,000,000（一千万亿）");
                return 0m;
            }
            return Math.Round((decimal)d, 6);
        }
        var text = cell.Text;
        if (text.Length == 0 || ZeroDash().IsMatch(text))
        {
            return 0m;
        }
        var plain = text.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Error(ImportRules.NotAnAmount, sheet, cell, $"{what}应为金额，单元格中是文字“{Shorten(text)}”");
        return 0m;
    }

    /// <summary>A whole number in a cell (counts, weights); null when empty.</summary>
    public decimal? Number(Sheet sheet, Cell cell, string what)
    {
        if (cell.IsEmpty)
        {
            return null;
        }
        return Amount(sheet, cell, what);
    }

    /// <summary>Checks a stated figure against the computed one; a difference is an error at the stated cell.</summary>
    public bool CheckSum(Sheet sheet, Cell cell, string label, decimal expected, decimal stated, string basis, string rule = ImportRules.Sum)
    {
        if (expected == stated)
        {
            return true;
        }
        var message = $"{label}应为 {Money(expected)}（{basis}），实际为 {Money(stated)}，相差 {Money(Math.Abs(expected - stated))}";
        if (Unit == AmountUnit.万元 && Math.Abs(expected - stated) <= 0.02m)
        {
            Warning(rule, sheet, cell, message + "；差额在万元取整的舍入误差（0.02 万元）以内，请核对");
            return true;
        }
        Error(rule, sheet, cell, message);
        return false;
    }

    public static string Shorten(string s) => s.Length <= 30 ? s : s[..30] + "…";

    [GeneratedRegex(@"^(-+|—+|－+|–+|0+(\.0+)?|/)$")]
    private static partial Regex ZeroDash();
}
