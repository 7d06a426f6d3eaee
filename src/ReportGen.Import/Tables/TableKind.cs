using System.Text.RegularExpressions;

namespace ReportGen.Import.Tables;

/// <summary>The 17 tables of the 部门预算公开表, in their published order (表一 = 1).</summary>
internal enum TableKind
{
    Summary = 1,
    Income = 2,
    Expenditure = 3,
    FiscalSummary = 4,
    General = 5,
    BasicDepartment = 6,
    BasicGovernment = 7,
    ProjectDepartment = 8,
    ProjectGovernment = 9,
    ThreePublic = 10,
    GovernmentFund = 11,
    StateCapital = 12,
    Projects = 13,
    Procurement = 14,
    OverallPerformance = 15,
    KeyProjects = 16,
    GeneralProjects = 17,
}

/// <summary>Names of the tables and how a title or a sheet name is recognised.</summary>
internal static partial class TableKinds
{
    private static readonly string[] Numerals = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七"];

    /// <summary>"表五".</summary>
    public static string Number(this TableKind kind) => "表" + Numerals[(int)kind];

    /// <summary>What the table is, as its title says it (without year and district).</summary>
    public static string Title(this TableKind kind) => kind switch
    {
        TableKind.Summary => "部门收支预算总表",
        TableKind.Income => "部门收入预算总表",
        TableKind.Expenditure => "部门支出预算总表",
        TableKind.FiscalSummary => "部门财政拨款收支预算总表",
        TableKind.General => "部门一般公共预算财政拨款支出预算表",
        TableKind.BasicDepartment => "部门一般公共预算财政拨款基本支出预算表（部门预算支出经济分类科目）",
        TableKind.BasicGovernment => "部门一般公共预算财政拨款基本支出预算表（政府预算支出经济分类科目）",
        TableKind.ProjectDepartment => "部门一般公共预算财政拨款项目支出预算表（部门预算支出经济分类科目）",
        TableKind.ProjectGovernment => "部门一般公共预算财政拨款项目支出预算表（政府预算支出经济分类科目）",
        TableKind.ThreePublic => "部门一般公共预算“三公”经费支出预算表",
        TableKind.GovernmentFund => "部门政府性基金预算财政拨款支出预算表",
        TableKind.StateCapital => "部门国有资本经营预算财政拨款支出预算表",
        TableKind.Projects => "部门项目支出明细表",
        TableKind.Procurement => "部门政府采购预算明细表",
        TableKind.OverallPerformance => "部门预算整体绩效目标表",
        TableKind.KeyProjects => "部门重点项目绩效目标表",
        TableKind.GeneralProjects => "部门一般项目绩效目标表",
        _ => kind.ToString(),
    };

    /// <summary>"表五（部门一般公共预算财政拨款支出预算表）".</summary>
    public static string Describe(this TableKind kind) => $"{kind.Number()}（{kind.Title()}）";

    /// <summary>
    /// The table a title (with its subtitle, and for the economic tables the header text) names, or
    /// null. Works on titles ("2024年渝北区部门收支预算总表"), Shanghai-style sheet names
    /// ("3.15部门收支总表", "3.21部门一般公共预算支出功能分类预算表") and short names ("5.一般公共预算支出表").
    /// </summary>
    public static TableKind? Classify(string text, string headerText = "")
    {
        var t = Compact(text);
        if (t.Length == 0 || t.Contains("目录", StringComparison.Ordinal))
        {
            return null;
        }
        bool Has(string s) => t.Contains(s, StringComparison.Ordinal);
        var government = Has("政府预算") || Has("政府经济") || Compact(headerText).Contains("政府预算", StringComparison.Ordinal);
        if (Has("三公"))
        {
            return TableKind.ThreePublic;
        }
        if (Has("绩效"))
        {
            return Has("重点项目") ? TableKind.KeyProjects
                : Has("整体") || !Has("项目") ? TableKind.OverallPerformance
                : TableKind.GeneralProjects;
        }
        if (Has("政府采购"))
        {
            return TableKind.Procurement;
        }
        if (Has("项目支出明细") || Has("项目明细"))
        {
            return TableKind.Projects;
        }
        if (Has("国有资本经营"))
        {
            return TableKind.StateCapital;
        }
        if (Has("政府性基金"))
        {
            return TableKind.GovernmentFund;
        }
        if (Has("财政拨款收支"))
        {
            return TableKind.FiscalSummary;
        }
        if (Has("基本支出"))
        {
            return government ? TableKind.BasicGovernment : TableKind.BasicDepartment;
        }
        if (Has("项目支出") && (Has("经济分类") || Has("一般公共预算")))
        {
            return government ? TableKind.ProjectGovernment : TableKind.ProjectDepartment;
        }
        if (Has("一般公共预算") && Has("支出"))
        {
            return TableKind.General;
        }
        if (Has("收支"))
        {
            return TableKind.Summary;
        }
        if (Has("收入") && (Has("总表") || Has("预算表")))
        {
            return TableKind.Income;
        }
        if (Has("支出") && (Has("总表") || Has("预算表")))
        {
            return TableKind.Expenditure;
        }
        return null;
    }

    /// <summary>The table a sheet name gives by number ("表五", "表5", "表十七-1"), or null.</summary>
    public static TableKind? ByNumber(string sheetName)
    {
        var m = NumberPattern().Match(Compact(sheetName));
        if (!m.Success)
        {
            return null;
        }
        var n = m.Groups[1].Value;
        var index = int.TryParse(n, out var digits) ? digits : Array.IndexOf(Numerals, n);
        // Longest numeral first: "十七" must not be read as "十".
        for (var i = Numerals.Length - 1; i > 0 && !int.TryParse(n, out _); i--)
        {
            if (n.StartsWith(Numerals[i], StringComparison.Ordinal))
            {
                index = i;
                break;
            }
        }
        return index is >= 1 and <= 17 ? (TableKind)index : null;
    }

    /// <summary>True when the text reads as a table title: "…表", "…表（…）", not a note.</summary>
    public static bool LooksLikeTitle(string text)
    {
        var t = Compact(text);
        if (t.Length is < 4 or > 80 || t.StartsWith("备注", StringComparison.Ordinal) || t.StartsWith("注", StringComparison.Ordinal))
        {
            return false;
        }
        return TitleEnd().IsMatch(t) && Classify(t) is not null;
    }

    /// <summary>Without spaces; full-width brackets and quotes in one form.</summary>
    public static string Compact(string s) => WhiteSpace().Replace(s, "")
        .Replace('(', '（').Replace(')', '）').Replace('"', '“');

    [GeneratedRegex(@"^表([0-9]{1,2}|[一二三四五六七八九十]{1,3})")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"表(（[^）]*）)?$")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
