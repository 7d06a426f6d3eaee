using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;
using ReportGen.Import.Assembly;
using ReportGen.Import.Sheets;

namespace ReportGen.Import;

/// <summary>The outcome of importing one workbook.</summary>
public sealed record ImportResult(string File, BudgetReport? Report, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<MissingField> Missing)
{
    /// <summary>The workbook could not be opened at all (missing, not a workbook, protected).</summary>
    public bool Unreadable { get; init; }

    public bool HasErrors => Unreadable || Diagnostics.Any(d => d.IsError);

    /// <summary>The data file's JSON: the report, with every missing value replaced by its 【待填写】 placeholder.</summary>
    public string ToJson(string? schemaPath)
    {
        if (Report is null)
        {
            throw new InvalidOperationException("No report to write.");
        }
        var node = JsonSerializer.SerializeToNode(Report with { Schema = schemaPath }, BudgetJson.Options)!;
        foreach (var m in Missing)
        {
            JsonPathSetter.Set(node, m.Path, JsonValue.Create(m.Placeholder));
        }
        return node.ToJsonString(BudgetJson.Options) + "\n";
    }
}

/// <summary>
/// Imports the budget system's 部门预算公开表 workbook (.xlsx or .xls): finds the tables by title or
/// sheet name, reads them by their header labels, checks them against each other, builds the model the
/// JSON loader builds, runs the validator over it (its findings placed at the workbook's cells), and
/// completes what no table holds from a text file (--text) or with placeholders.
/// </summary>
public static class WorkbookImporter
{
    /// <param name="path">The workbook.</param>
    /// <param name="displayName">How messages name the workbook (default: the path).</param>
    /// <param name="text">A data file of the department (this year's or last year's) supplying what no table holds.</param>
    public static ImportResult Import(string path, string? displayName = null, BudgetReport? text = null, ValidationOptions? options = null)
    {
        var file = displayName ?? path;
        IReadOnlyList<Sheet> sheets;
        try
        {
            sheets = WorkbookFile.Read(path);
        }
        catch (WorkbookReadException e)
        {
            return new ImportResult(file, null, [new Diagnostic(Severity.Error, file, null, $"无法读取工作簿：{e.Message}") { Rule = ImportRules.Unreadable }], [])
            {
                Unreadable = true,
            };
        }
        var ctx = new ImportContext(file);
        var tables = new WorkbookTables(ctx, sheets);
        if (tables.Segments.Count == 0)
        {
            ctx.Error(ImportRules.MissingTable, $"工作簿中没有找到任何部门预算公开表（按工作表名“表一”…“表十七”或表标题查找；工作表：{string.Join("、", sheets.Select(s => s.Name))}）");
            return new ImportResult(file, null, ctx.Found, []);
        }
        var map = new SourceMap();
        var figures = new ReportAssembler(ctx, tables, map).Assemble();
        if (figures.Department.Year == 0)
        {
            ctx.Error(ImportRules.Layout, "表标题中没有找到预算年度（应为“2024年…部门…表”的形式）");
        }
        if (text is not null)
        {
            CheckTextFile(ctx, figures, text);
        }
        var merger = new TextMerger(figures, text);
        var report = merger.Merge();
        var missing = merger.Missing.ToList();

        var found = BudgetValidator.Validate(report, file, options);
        // A material change without its reason: the reason becomes a field to fill in.
        foreach (var d in found.Where(d => d.Rule == ValidationRules.ChangeReason && d.Path is not null))
        {
            if (!missing.Any(m => m.Path == LastYearOf(d.Path!)) && !missing.Any(m => m.Path == d.Path))
            {
                missing.Add(new MissingField(d.Path!, "增减变化原因：" + d.Message.Replace("，但没有说明原因", "", StringComparison.Ordinal), false));
            }
        }
        var placed = new List<Diagnostic>(ctx.Found);
        // One finding per cell and severity; a set, so a sheet with thousands of findings is not quadratic.
        var taken = placed.Select(p => (p.File, p.Severity)).ToHashSet();
        var numericMissing = missing.Any(m => m.Numeric);
        foreach (var d in found)
        {
            if (d.Rule is ValidationRules.ChangeReason or PlaceholderRules.Rule
                || d.Path is not null && missing.Any(m => Covers(m.Path, d.Path))
                || numericMissing && d.Rule == ValidationRules.LastYear)
            {
                continue;
            }
            var located = map.Find(d.Path) is { } at
                ? d with { File = ctx.Place(at.Sheet, at.Cell), Path = null }
                : d;
            if (taken.Add((located.File, located.Severity)))
            {
                placed.Add(located);
            }
        }
        return new ImportResult(file, report, placed, missing);
    }

    /// <summary>Warns when the --text file seems to be another department's, or of a year whose figures cannot be used.</summary>
    private static void CheckTextFile(ImportContext ctx, WorkbookFigures figures, BudgetReport text)
    {
        var year = figures.Department.Year;
        if (figures.Department.Name.Length > 0 && text.Department.Name != figures.Department.Name)
        {
            ctx.Warning(ImportRules.Inconsistent, $"--text 文件的部门全称“{text.Department.Name}”与工作簿的“{figures.Department.Name}”不同，请确认是同一部门的文件");
        }
        if (year != 0 && text.Department.Year != year && text.Department.Year != year - 1)
        {
            ctx.Warning(ImportRules.Inconsistent,
                $"--text 文件是 {text.Department.Year} 年的，既不是 {year} 年也不是 {year - 1} 年：只采用其中的文字（职能职责、单位构成、用途、联系方式、名词解释），上年数需要填写");
        }
    }

    /// <summary>The last-year figure a reason explains ("….reason" → "….lastYear").</summary>
    private static string LastYearOf(string reasonPath) => reasonPath switch
    {
        "$.expenditure.basicReason" => "$.expenditure.lastYear.basic",
        "$.expenditure.projectReason" => "$.expenditure.lastYear.project",
        "$.agencyOperating.reason" => "$.agencyOperating.lastYear",
        _ when reasonPath.EndsWith(".reason", StringComparison.Ordinal) => reasonPath[..^".reason".Length] + ".lastYear",
        _ => reasonPath,
    };

    private static bool Covers(string missing, string path) =>
        path == missing || path.StartsWith(missing + ".", StringComparison.Ordinal) || path.StartsWith(missing + "[", StringComparison.Ordinal);
}

/// <summary>Sets a value at a simple JSON path ($.a.b[0].c) of a node tree, creating the last member.</summary>
internal static partial class JsonPathSetter
{
    public static void Set(JsonNode root, string path, JsonNode? value)
    {
        var steps = Step().Matches(path).Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var node = root;
        for (var i = 0; i < steps.Count - 1; i++)
        {
            node = steps[i] is string name ? node[name] ??= new JsonObject() : node[(int)steps[i]]!;
        }
        if (steps[^1] is string last)
        {
            node.AsObject()[last] = value;
        }
        else
        {
            node.AsArray()[(int)steps[^1]] = value;
        }
    }

    [GeneratedRegex(@"\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]")]
    private static partial Regex Step();
}
