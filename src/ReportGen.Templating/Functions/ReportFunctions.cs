using ReportGen.Core.Model;
using ReportGen.Templating.Hosting;
using ReportGen.Templating.Markup;
using ReportGen.Templating.Views;
using Scriban;
using Scriban.Runtime;

namespace ReportGen.Templating.Functions;

/// <summary>
/// The domain functions templates call (snake_case in templates: <c>change_phrase</c>). Amounts are in
/// the data's unit; the functions show them in the document's unit. Documented with an example each
/// in docs/templates.md, and those examples are run by the tests.
/// </summary>
public static class ReportFunctions
{
    private static FormatSettings Settings(TemplateContext context) =>
        context is ReportTemplateContext r ? r.Settings : FormatSettings.Default;

    private static decimal Required(decimal? amount) =>
        amount ?? throw new ArgumentException("金额为空：数据中没有这个数（模板可先用 if 判断）");

    /// <summary>Narrative amount with the unit: "243,256.2元", "203.41万元". Options override the settings for this call.</summary>
    public static string Money(TemplateContext context, decimal? amount, ScriptObject? options = null)
    {
        var settings = Settings(context);
        var format = FormatOptions.Apply(settings.Shown.Text, options, allowUnit: true);
        return Formats.Narrative(Required(amount), settings, format) + FormatOptions.Unit(options, settings.UnitText);
    }

    /// <summary>Narrative amount without the unit: "243,256.2".</summary>
    public static string Amount(TemplateContext context, decimal? amount, ScriptObject? options = null)
    {
        var settings = Settings(context);
        return Formats.Narrative(Required(amount), settings, FormatOptions.Apply(settings.Shown.Text, options));
    }

    /// <summary>The document's unit: "元" or "万元".</summary>
    public static string Unit(TemplateContext context) => Settings(context).UnitText;

    /// <summary>An amount converted to 万元, whatever the document's unit, in the 万元 sentence format: "1,762.55万元".</summary>
    public static string Wan(TemplateContext context, decimal? amount, ScriptObject? options = null)
    {
        var settings = Settings(context);
        var wan = settings.Numbers.Wan;
        return FormatOptions.Apply(wan.Text, options, allowUnit: true).Write(settings.ToWan(Required(amount))) + FormatOptions.Unit(options, wan.Unit);
    }

    /// <summary>
    /// Table amount: "92,510.00"; zero and null blank unless shown (<c>cell x true</c>). The second argument
    /// may instead be options: <c>cell x {show_zero: true, decimals: 0}</c>.
    /// </summary>
    public static string Cell(TemplateContext context, decimal? amount, object? showZeroOrOptions = null)
    {
        var settings = Settings(context);
        var options = showZeroOrOptions as ScriptObject;
        var showZero = showZeroOrOptions is true || (options is not null && options.TryGetValue("show_zero", out var v) && v is true);
        return Formats.TableCell(amount, settings, showZero, FormatOptions.Apply(settings.Shown.Table, options, allowShowZero: true));
    }

    /// <summary>A ratio as a percentage: 0.937 → "93.7%".</summary>
    public static string Percent(TemplateContext context, decimal ratio, ScriptObject? options = null) =>
        Formats.Percent(ratio, FormatOptions.Apply(Settings(context).Numbers.Percent, options));

    /// <summary>Share of a total: "93.7%".</summary>
    public static string Share(TemplateContext context, decimal part, decimal total, ScriptObject? options = null) =>
        Formats.Share(part, total, FormatOptions.Apply(Settings(context).Numbers.Percent, options));

    /// <summary>"new", "increase", "decrease" or "same".</summary>
    public static string ChangeKind(decimal current, decimal? lastYear) => Formats.Kind(current, lastYear).ToString().ToLowerInvariant();

    /// <summary>The change against last year as kind and figures: <c>(change a b).kind</c>, <c>.amount</c>, <c>.ratio</c>, <c>.last_year</c>.</summary>
    public static ChangeFigures Change(TemplateContext context, decimal current, decimal? lastYear) =>
        Formats.Change(current, lastYear, Settings(context).Year);

    /// <summary>The table's whole-percent change: "-4%", "20%"; blank without a base.</summary>
    public static string ChangeCell(TemplateContext context, decimal current, decimal? lastYear, ScriptObject? options = null) =>
        Formats.ChangeCell(current, lastYear, FormatOptions.Apply(Settings(context).Numbers.TablePercent, options));

    /// <summary>
    /// The rows of a two-column table (收入 beside 支出, 表一 and 表四): the i-th items of both lists side by
    /// side, as many rows as the longer list has items; <c>left</c> or <c>right</c> is null where a list has
    /// ended. Templates loop over it without index arithmetic.
    /// </summary>
    public static IReadOnlyList<PairedRow> Pair(System.Collections.IEnumerable? left, System.Collections.IEnumerable? right)
    {
        var l = left?.Cast<object?>().ToList() ?? [];
        var r = right?.Cast<object?>().ToList() ?? [];
        return [.. Enumerable.Range(0, Math.Max(l.Count, r.Count)).Select(i => new PairedRow(i < l.Count ? l[i] : null, i < r.Count ? r[i] : null))];
    }

    /// <summary>Chinese numeral: 17 → "十七".</summary>
    public static string Cn(int number) => ChineseNumbers.Of(number);

    /// <summary>The names from the 类 down to a 功能分类 item (a code or a row): ["一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"].</summary>
    public static IReadOnlyList<string> FuncNames(TemplateContext context, object codeOrRow)
    {
        if (codeOrRow is FunctionalRow row)
        {
            return row.Names;
        }
        var code = codeOrRow?.ToString() ?? "";
        var tree = context is ReportTemplateContext r ? r.Functional : [];
        return FunctionalLabels.Names(tree, code) ?? throw new ArgumentException($"功能分类中没有科目编码“{code}”");
    }

    /// <summary>An inline heading run opening a paragraph: lead "（一）收入预算：". Level from its numbering unless given.</summary>
    public static MarkupText Lead(string text, int level = 0)
    {
        if (level == 0)
        {
            level = Numbering.Match(text)?.Level ?? throw new ArgumentException($"“{text}”没有编号，无法判断标题级别；请写 lead \"…\" 2");
        }
        if (level is < 1 or > 4)
        {
            throw new ArgumentException("标题级别应为 1 到 4");
        }
        return new MarkupText($"[h{level}]{MarkupEscaping.Escape(text)}[/h{level}]");
    }

    /// <summary>A bold run.</summary>
    public static MarkupText Bold(string text) => new($"[b]{MarkupEscaping.Escape(text)}[/b]");

    /// <summary>Markup written by the template as a string value (not escaped): raw "[b]x[/b]".</summary>
    public static MarkupText Raw(string text) => new(text);
}

/// <summary>One row of a two-column table: an item of each list, or null.</summary>
public sealed record PairedRow(object? Left, object? Right);
