using ReportGen.Core.Documents;
using ReportGen.Core.Styling;

namespace ReportGen.Pdf.Tests;

/// <summary>Documents built in code for the tests, and the style sheet of the repository.</summary>
internal static class Samples
{
    public static StyleSheet Style { get; } = StyleSheet.Load(Path.Combine(AppContext.BaseDirectory, "templates", "style.json"));

    /// <summary>
    /// The sheet with every role on free TrueType fonts only (LXGW WenKai, WenQuanYi Zen Hei): the
    /// TrueType path of the writer; no dependence on which office fonts a machine has.
    /// </summary>
    public static StyleSheet FreeTrueTypeStyle { get; } = Style with
    {
        Fonts = Style.Fonts.ToDictionary(
            kv => kv.Key,
            kv => kv.Value with { Families = kv.Key is "heading1" or "tableHeader" ? ["WenQuanYi Zen Hei"] : ["LXGW WenKai"] }),
    };

    /// <summary>
    /// The sheet with every role on the free fonts scripts/setup.sh installs (Fandol, Noto CJK, LXGW
    /// WenKai, HanaMin), office fonts left out: what a machine without them prints; for snapshots.
    /// </summary>
    public static StyleSheet FreeStyle { get; } = Style with
    {
        Fonts = Style.Fonts.ToDictionary(
            kv => kv.Key,
            kv => kv.Value with { Families = kv.Value.Families.Where(IsFree).ToList() }),
    };

    /// <summary>The sheet with the roles on Noto CJK and LXGW WenKai only (the CID-keyed CFF and TrueType paths).</summary>
    public static StyleSheet NotoStyle { get; } = Style with
    {
        Fonts = Style.Fonts.ToDictionary(
            kv => kv.Key,
            kv => kv.Value with { Families = kv.Value.Families.Where(f => f.StartsWith("Noto ", StringComparison.Ordinal) || f == "LXGW WenKai").ToList() }),
    };

    private static bool IsFree(string family) =>
        family.StartsWith("Noto ", StringComparison.Ordinal) || family.StartsWith("Fandol", StringComparison.Ordinal)
        || family.StartsWith("HanaMin", StringComparison.Ordinal) || family == "LXGW WenKai";

    public static DocumentInfo Info { get; } = new("重庆市渝北区政务服务管理办公室2024年部门预算情况说明", "重庆市渝北区政务服务管理办公室", "2024年部门预算", ["部门预算", "2024"]);

    public const string Sentence =
        "按照综合预算的原则，重庆市渝北区政务服务管理办公室所有收入和支出均纳入部门预算管理。2024年年初预算总收入17,625,499.55元，其中：一般公共预算财政拨款收入17,625,499.55元占100%。";

    public static Paragraph Body(string text) => new([new Run(text)]);

    public static Document Doc(params Block[] blocks) => new(Info, blocks);

    /// <summary>A numbered table of <paramref name="rows"/> body rows: 科目编码, 科目名称 (indented by level), three amounts.</summary>
    public static Table Table(int rows, string number = "表三", bool startOnNewPage = false)
    {
        var columns = new List<ColumnSpec>
        {
            new(CellAlign.Left, 1.2),
            new(CellAlign.Left, 3),
            new(CellAlign.Right, 1.6) { Numeric = true },
            new(CellAlign.Right, 1.6) { Numeric = true },
            new(CellAlign.Right, 1.6) { Numeric = true },
        };
        var header = new List<TableRow>
        {
            new([new TableCell("科目编码", RowSpan: 2), new TableCell("科目名称", RowSpan: 2), new TableCell("2024年预算数", ColSpan: 3)]),
            new([new TableCell("总计"), new TableCell("基本支出"), new TableCell("项目支出")]),
        };
        var body = new List<TableRow> { new([new TableCell("合计", ColSpan: 2), new TableCell("17,625,499.55"), new TableCell("4,995,499.55"), new TableCell("12,630,000.00")], RowKind.Total) };
        for (var i = 1; i < rows; i++)
        {
            var level = i % 3;
            body.Add(new TableRow([
                new TableCell((201 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + new string('0', 2 * level)),
                new TableCell(level == 0 ? $"第{i}类一般公共服务支出" : $"第{i}项政府办公厅（室）及相关机构事务", Indent: level),
                new TableCell($"{i},{i % 1000:000}.{i % 100:00}"),
                new TableCell($"{i * 2},{i % 1000:000}.00"),
                new TableCell(""),
            ]));
        }
        return new Table(number, "2024年渝北区部门支出预算总表", [], "部门全称：重庆市渝北区政务服务管理办公室", "单位：元", columns, header, body, ["备注：本表金额单位为元。"])
        {
            StartOnNewPage = startOnNewPage,
        };
    }

    /// <summary>Four pages: title, headings in three faces and body text; a table over two pages; a landscape table.</summary>
    public static Document FourPages() => Doc(
        new TitleBlock(["重庆市渝北区政务服务管理办公室", "2024年部门预算情况说明"]),
        new Heading(1, "一、", "单位基本情况"),
        new Heading(2, "（一）", "职能职责"),
        Body("一是贯彻执行深化“放管服”改革、加强政府职能转变、规范政务服务管理、深入推进审批服务便民化和“互联网+政务服务”的法律、法规和规章，组织拟定相关措施和规范性文件，并监督实施。二是组织拟定全区政务服务体系建设规划和管理办法。"),
        new Heading(1, "二、", "部门预算总体情况"),
        new Paragraph([new Run("（一）收入预算：", InlineHeadingLevel: 2), new Run(Sentence)]),
        Table(30, "表三", startOnNewPage: true),
        new SectionBreak(PageOrientation.Landscape),
        Table(8, "表十", startOnNewPage: true));
}
