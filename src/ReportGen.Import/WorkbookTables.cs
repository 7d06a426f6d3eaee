using ReportGen.Core.Model;
using ReportGen.Import.Sheets;
using ReportGen.Import.Tables;

namespace ReportGen.Import;

/// <summary>
/// The tables found in a workbook, read: segments by kind, the classification tables parsed, and the
/// department, unit, year and district from the titles and captions (checked for agreement).
/// </summary>
internal sealed class WorkbookTables
{
    private readonly ImportContext _ctx;
    private readonly Dictionary<TableKind, List<Segment>> _byKind;
    private readonly Dictionary<TableKind, TreeTable?> _trees = [];

    public WorkbookTables(ImportContext ctx, IReadOnlyList<Sheet> sheets)
    {
        _ctx = ctx;
        Segments = SegmentFinder.Find(sheets);
        Duties = TextSheets.Duties(sheets);
        Glossary = TextSheets.Glossary(sheets);
        _byKind = Segments.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.ToList());
        ReadCaptions();
    }

    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>职能职责 from a text sheet of the workbook (Shanghai "3.11部门主要职能"), if any.</summary>
    public IReadOnlyList<string> Duties { get; }

    /// <summary>名词解释 from a text sheet of the workbook ("3.13名词解释"), if any.</summary>
    public IReadOnlyList<Core.Model.GlossaryEntry> Glossary { get; }
    public string? DepartmentName { get; private set; }
    public Caption? DepartmentCaption { get; private set; }
    public string? District { get; private set; }
    public int? Year { get; private set; }

    public bool Has(TableKind kind) => _byKind.ContainsKey(kind);

    /// <summary>The segments of a kind (表十七 usually has several: one form per project).</summary>
    public IReadOnlyList<Segment> All(TableKind kind) => _byKind.TryGetValue(kind, out var list) ? list : [];

    public Segment? First(TableKind kind) => All(kind).FirstOrDefault();

    /// <summary>The parsed classification table of a kind (read once), or null when absent or unreadable.</summary>
    public TreeTable? Tree(TableKind kind)
    {
        if (!_trees.TryGetValue(kind, out var table))
        {
            table = First(kind) is { } segment ? TreeTable.Read(_ctx, segment, RolesOf(kind)) : null;
            _trees[kind] = table;
        }
        return table;
    }

    /// <summary>Reports a table the document needs that the workbook lacks.</summary>
    public bool Require(TableKind kind, string why)
    {
        if (Has(kind))
        {
            return true;
        }
        _ctx.Error(ImportRules.MissingTable,
            $"工作簿中没有找到{kind.Describe()}：{why}（按工作表名“{kind.Number()}”或表标题查找，已找到：{Found()}）");
        return false;
    }

    private string Found() => Segments.Count == 0
        ? "无"
        : string.Join("、", Segments.Select(s => s.Kind).Distinct().Order().Select(k => k.Number()));

    private Func<string, string?> RolesOf(TableKind kind) => kind switch
    {
        TableKind.Income => FundRole,
        TableKind.General => label => IsChange(label) ? null
            : label.Contains($"{_ctx.Year - 1}年", StringComparison.Ordinal) || label.Contains("上年", StringComparison.Ordinal) ? "lastYear"
            : BasicProjectRole(label),
        TableKind.BasicDepartment => label => label.Contains("人员经费", StringComparison.Ordinal) ? "personnel"
            : label.Contains("公用经费", StringComparison.Ordinal) ? "public"
            : IsTotal(Leaf(label)) || Leaf(label).Contains("基本支出", StringComparison.Ordinal) ? "total"
            : null,
        TableKind.BasicGovernment or TableKind.ProjectDepartment or TableKind.ProjectGovernment => label =>
            IsChange(label) || label.Contains("上年", StringComparison.Ordinal) ? null : "amount",
        _ => BasicProjectRole,
    };

    private static string Leaf(string label) => label.Split('|')[^1];

    private static bool IsTotal(string leaf) => leaf is "总计" or "合计" or "小计" || leaf.EndsWith("合计", StringComparison.Ordinal) || leaf.EndsWith("总计", StringComparison.Ordinal);

    private static bool IsChange(string label) =>
        label.Contains("增幅", StringComparison.Ordinal) || label.Contains("增减", StringComparison.Ordinal) || label.Contains('%') || label.Contains("变动", StringComparison.Ordinal);

    private static string? BasicProjectRole(string label)
    {
        var leaf = Leaf(label);
        return leaf.Contains("基本支出", StringComparison.Ordinal) ? "basic"
            : leaf.Contains("项目支出", StringComparison.Ordinal) ? "project"
            : IsTotal(leaf) ? "total"
            : null;
    }

    /// <summary>The income source a column (表二) or a line (表一, 表四) names; "total" for 总计/合计.</summary>
    public static string? FundRole(string label)
    {
        var leaf = Leaf(label);
        if (IsTotal(leaf))
        {
            return "total";
        }
        return FundOf(leaf)?.ToString();
    }

    public static FundSource? FundOf(string text)
    {
        var t = TableKinds.Compact(text);
        bool Has(string s) => t.Contains(s, StringComparison.Ordinal);
        return Has("一般公共预算") ? FundSource.GeneralBudget
            : Has("政府性基金") ? FundSource.GovernmentFund
            : Has("国有资本经营") ? FundSource.StateCapital
            : Has("财政专户") ? FundSource.SpecialAccount
            : Has("事业单位经营") || Has("经营收入") ? FundSource.Operating
            : Has("事业基金") ? FundSource.BusinessFund
            : Has("事业收入") ? FundSource.Business
            : Has("上级补助") ? FundSource.SuperiorSubsidy
            : Has("附属单位") ? FundSource.SubordinateRemittance
            : Has("上年结转") || Has("结转结余") ? FundSource.CarryOver
            : Has("其他收入") ? FundSource.Other
            : null;
    }

    private void ReadCaptions()
    {
        var years = new List<(int Year, string District, Segment Segment)>();
        var names = new List<Caption>();
        var units = new List<(Caption Caption, Segment Segment)>();
        foreach (var segment in Segments)
        {
            if (segment.TitleRow >= 0 && Captions.YearAndDistrict(segment.Title) is { } yd)
            {
                years.Add((yd.Year, yd.District, segment));
            }
            var before = Math.Min(segment.End, segment.Start + 6);
            if (Captions.Unit(segment, before) is { } unit)
            {
                units.Add((unit, segment));
            }
            if (Captions.Department(segment, before) is { } dept && dept.Value.Length > 0 && !UnitCode.IsMatch(dept.Value))
            {
                names.Add(dept);
            }
        }
        if (years.Count > 0)
        {
            var year = years.GroupBy(y => y.Year).OrderByDescending(g => g.Count()).First().Key;
            Year = year;
            _ctx.Year = year;
            foreach (var y in years.Where(y => y.Year != year))
            {
                _ctx.Error(ImportRules.Inconsistent, y.Segment.Sheet, y.Segment.Sheet[y.Segment.TitleRow, y.Segment.Sheet.CellsOf(y.Segment.TitleRow).First().Column],
                    $"表标题中的年度 {y.Year} 与其他表的 {year} 不一致");
            }
            var districts = years.Where(y => y.District.Length > 0).ToList();
            if (districts.Count > 0)
            {
                District = districts.GroupBy(y => y.District).OrderByDescending(g => g.Count()).First().Key;
            }
        }
        if (Year is null)
        {
            // No titles (sheet names only): the newest year a header names ("2024年预算数").
            var named = Segments.SelectMany(s => s.Rows.Take(8).Select(s.Sheet.RowText))
                .SelectMany(t => YearInText.Matches(t).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
                .Where(y => y is >= 2000 and <= 2100)
                .ToList();
            if (named.Count > 0)
            {
                Year = named.Max();
                _ctx.Year = Year.Value;
            }
        }
        if (units.Count > 0)
        {
            var unit = units.GroupBy(u => u.Caption.Value).OrderByDescending(g => g.Count()).First().Key;
            _ctx.Unit = unit == "万元" ? AmountUnit.万元 : AmountUnit.元;
            foreach (var u in units.Where(u => u.Caption.Value != unit))
            {
                _ctx.Error(ImportRules.Inconsistent, u.Caption.Sheet, u.Caption.Cell, $"金额单位“{u.Caption.Value}”与其他表的“{unit}”不一致，一个工作簿中的金额应使用同一单位");
            }
        }
        if (names.Count > 0)
        {
            var name = names.GroupBy(n => n.Value).OrderByDescending(g => g.Count()).First().Key;
            DepartmentName = name;
            DepartmentCaption = names.First(n => n.Value == name);
            foreach (var n in names.Where(n => n.Value != name))
            {
                _ctx.Error(ImportRules.Inconsistent, n.Sheet, n.Cell, $"部门全称“{n.Value}”与其他表的“{name}”不一致");
            }
        }
    }

    private static readonly System.Text.RegularExpressions.Regex YearInText = new(@"(\d{4})年");

    /// <summary>"130001-重庆市…（本级）": a unit with its code.</summary>
    public static readonly System.Text.RegularExpressions.Regex UnitCode = new(@"^(\d{3,})\s*[-－—]\s*(.+)$");
}
