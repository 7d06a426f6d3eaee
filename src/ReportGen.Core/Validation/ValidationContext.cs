using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>What every check needs: the report, where findings go, and the message helpers.</summary>
internal sealed class ValidationContext(BudgetReport report, string file, ValidationOptions options)
{
    public BudgetReport Report => report;
    public ValidationOptions Options => options;
    public List<Diagnostic> Found { get; } = [];

    /// <summary>Finds variants of the department's full name in texts (built once per report).</summary>
    public FullNameMentions FullName => field ??= new FullNameMentions(report);

    /// <summary>The unit of the amounts in this file, for messages: 元 or 万元.</summary>
    public string Unit => report.Department.AmountUnit == AmountUnit.万元 ? "万元" : "元";

    public int Year => report.Department.Year;

    /// <summary>The material-change amount threshold in the unit of the data.</summary>
    public decimal ThresholdAmount => report.Department.AmountUnit == AmountUnit.万元 ? options.ThresholdAmount / 10_000m : options.ThresholdAmount;

    public void Error(string rule, string path, string message) =>
        Found.Add(new Diagnostic(Severity.Error, file, path, message) { Rule = rule });

    public void Warning(string rule, string path, string message) =>
        Found.Add(new Diagnostic(Severity.Warning, file, path, message) { Rule = rule });

    /// <summary>
    /// An error when a stated figure differs from the expected one; for 万元 data a difference within
    /// the rounding tolerance is a warning.
    /// </summary>
    public void CheckStated(string rule, string path, string label, decimal expected, decimal? stated, string basis)
    {
        if (stated is decimal actual && actual != expected)
        {
            if (report.Department.AmountUnit == AmountUnit.万元 && Math.Abs(actual - expected) <= options.WanRoundingTolerance)
            {
                Warning(rule, path, Mismatch(label, expected, actual, basis) + $"；差额在万元取整的舍入误差（{Plain(options.WanRoundingTolerance)} 万元）以内，请核对");
                return;
            }
            Error(rule, path, Mismatch(label, expected, actual, basis));
        }
    }

    /// <summary>"合计应为 17,625,499.55 元（各项之和），实际为 17,625,500.55 元，相差 1.00 元".</summary>
    public string Mismatch(string label, decimal expected, decimal actual, string basis) =>
        $"{label}应为 {Money(expected)}（{basis}），实际为 {Money(actual)}，相差 {Money(Math.Abs(expected - actual))}";

    /// <summary>An amount with thousands separators, two decimals and the unit: "17,625,499.55 元".</summary>
    public string Money(decimal value) => Plain(value) + " " + Unit;

    /// <summary>Two decimals, or more when the figure has more (so a precision error never shows "相差 0.00").</summary>
    public static string Plain(decimal value) => value.ToString("#,##0.00##########", CultureInfo.InvariantCulture);

    public static string Count(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
