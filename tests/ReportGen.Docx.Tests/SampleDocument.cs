using ReportGen.Core.Documents;

namespace ReportGen.Docx.Tests;

/// <summary>
/// A document exercising every block the renderer handles: title, headings of all four levels,
/// paragraphs with inline-heading runs, a 100-row table with a two-row merged header, a table with
/// notes and no data, a landscape section with a wide three-row header, a table with merged body cells.
/// </summary>
internal static class SampleDocument
{
    public const string Department = "重庆市渝北区测试服务管理办公室";

    public static Document Build(int longTableRows = 100) => new(
        new DocumentInfo(Department + "2024年部门预算情况说明", Department, "2024年部门预算情况说明", ["部门预算", "2024", Department]),
        [
            new TitleBlock([Department, "2024年部门预算情况说明"]),
            new Heading(1, "一、", "单位基本情况"),
            new Heading(2, "（一）", "职能职责"),
            Body("一是贯彻执行深化“放管服”改革、加强政府职能转变、规范政务服务管理、深入推进审批服务便民化和“互联网+政务服务”的法律、法规和规章，组织拟定相关措施和规范性文件，并监督实施。二是组织拟定全区政务服务体系建设规划和管理办法。"),
            new Heading(1, "二、", "部门预算总体情况"),
            new Paragraph([
                new Run("（一）收入预算：", InlineHeadingLevel: 2),
                new Run("2024年年初预算总收入17,625,499.55元，其中：一般公共预算财政拨款收入17,625,499.55元占100%。收入较2023年减少814,031.99元。"),
            ]),
            new Heading(3, "1.", "按支出属性说明"),
            new Heading(4, "（1）", "基本支出"),
            new Paragraph([
                new Run("基本支出4,995,499.55元，"),
                new Run("占28.3%", Bold: true),
                new Run("，较2023年减少494,992.99元。"),
            ]),
            new Paragraph([new Run("部门预算公开联系人：陈某 联系电话：023-67376826")], ParagraphKind.Flush),
            new Paragraph([new Run("（本页以下无正文）")], ParagraphKind.Centered),
            new Paragraph([new Run("注：本说明中的金额单位为元。")], ParagraphKind.Note),
            LongTable(longTableRows),
            EmptyTable(),
            new SectionBreak(PageOrientation.Landscape),
            ThreePublicTable(),
            new SectionBreak(PageOrientation.Portrait),
            new PageBreak(),
            ProjectTable(),
        ]);

    private static Paragraph Body(string text) => new([new Run(text)]);

    /// <summary>The 一般公共预算 table's shape: row spans and column spans in a two-row header, 合计 first, three tree levels.</summary>
    public static Table LongTable(int rows)
    {
        var body = new List<TableRow>
        {
            new([new TableCell("合计", ColSpan: 2, Align: CellAlign.Center), Money(18_439_531.54m), Money(17_625_499.55m), Money(4_995_499.55m), Money(12_630_000m), new TableCell("-4%")], RowKind.Total),
        };
        for (var i = 0; i < rows; i++)
        {
            var level = i % 3;
            var code = level switch { 0 => $"{201 + i}", 1 => $"{201 + i}03", _ => $"{201 + i}0301" };
            body.Add(new TableRow([
                new TableCell(code),
                new TableCell($"第{i + 1}项支出科目名称", Indent: level),
                Money(1_000m + i * 37.5m), Money(2_000m + i), Money(1_500m + i), Money(500m), new TableCell($"{i % 7}%"),
            ]));
        }
        return new Table(
            "表五",
            "2024年渝北区部门一般公共预算财政拨款支出预算表",
            [],
            "部门全称：" + Department,
            "单位：元",
            [new ColumnSpec(CellAlign.Left, 1), new ColumnSpec(CellAlign.Left, 2.2), Numeric(1.6), Numeric(1.6), Numeric(1.6), Numeric(1.6), new ColumnSpec(CellAlign.Right, 0.8)],
            [
                new TableRow([new TableCell("功能分类科目", ColSpan: 2), new TableCell("2023年预算数", RowSpan: 2), new TableCell("2024年预算数", ColSpan: 3), new TableCell("2024年预算比2023年预算增幅%", RowSpan: 2)]),
                new TableRow([new TableCell("科目编码"), new TableCell("科目名称"), new TableCell("小计"), new TableCell("基本支出"), new TableCell("项目支出")]),
            ],
            body,
            [])
        { StartOnNewPage = true };
    }

    public static Table EmptyTable() => new(
        "表十一",
        "2024年渝北区部门政府性基金预算财政拨款支出预算表",
        [],
        "部门全称：" + Department,
        "单位：元",
        [new ColumnSpec(CellAlign.Left, 1.2), new ColumnSpec(CellAlign.Left, 3), Numeric(1.6), Numeric(1.6), Numeric(1.6)],
        [
            new TableRow([new TableCell("科目编码", RowSpan: 2), new TableCell("科目名称", RowSpan: 2), new TableCell("本年政府性基金预算财政拨款支出", ColSpan: 3)]),
            new TableRow([new TableCell("总计"), new TableCell("基本支出"), new TableCell("项目支出")]),
        ],
        [new TableRow([new TableCell("合计", ColSpan: 2, Align: CellAlign.Center)], RowKind.Total)],
        ["备注：本部门无政府性基金收支，故此表无数据。"])
    { StartOnNewPage = true };

    /// <summary>The 三公 table: twelve columns, a three-row header, on a landscape page.</summary>
    public static Table ThreePublicTable()
    {
        TableCell[] Year(string year) =>
        [
            new TableCell(year + "预算数", ColSpan: 6),
        ];
        TableCell[] Second() =>
        [
            new TableCell("合计", RowSpan: 2), new TableCell("因公出国（境）费", RowSpan: 2), new TableCell("公务用车购置及运行费", ColSpan: 3), new TableCell("公务接待费", RowSpan: 2),
        ];
        TableCell[] Third() => [new TableCell("小计"), new TableCell("公务用车购置费"), new TableCell("公务用车运行费")];
        return new Table(
            "表十",
            "2024年渝北区部门一般公共预算“三公”经费支出预算表",
            [],
            "部门全称：" + Department,
            "单位：元",
            Enumerable.Range(0, 12).Select(_ => Numeric(1)).ToList(),
            [
                new TableRow([.. Year("2024年"), .. Year("2023年")]),
                new TableRow([.. Second(), .. Second()]),
                new TableRow([.. Third(), .. Third()]),
            ],
            [new TableRow([Money(87_500m), Blank(), Money(40_000m), Blank(), Money(40_000m), Money(47_500m), Money(92_500m), Blank(), Money(45_000m), Blank(), Money(45_000m), Money(47_500m)])],
            [])
        { StartOnNewPage = true };
    }

    /// <summary>A 绩效 table: a label cell spanning the indicator rows, and long wrapped text.</summary>
    public static Table ProjectTable()
    {
        var indicators = Enumerable.Range(1, 6).Select(i => new TableRow(
            i == 1
                ? [new TableCell("绩效指标", RowSpan: 7, Align: CellAlign.Center), new TableCell("指标名称"), new TableCell("指标权重"), new TableCell("计量单位"), new TableCell("指标性质"), new TableCell("指标值"), new TableCell("是否核心指标")]
                : [new TableCell($"产出指标时效指标按时完成率{i}"), new TableCell("10"), new TableCell("%"), new TableCell("≥"), new TableCell("95"), new TableCell(i == 2 ? "是" : "否")]))
            .Append(new TableRow([new TableCell("满意度指标服务对象满意度指标办事群众满意率"), new TableCell("10"), new TableCell("%"), new TableCell("≥"), new TableCell("95"), new TableCell("否")]))
            .ToList();
        var centred = new ColumnSpec(CellAlign.Center, 1);
        return new Table(
            "表十七",
            "2024年渝北区部门一般项目绩效目标表",
            ["（一般项目）"],
            "编制单位：130001-" + Department + "（本级）",
            "单位：元",
            [new ColumnSpec(CellAlign.Center, 1.4), new ColumnSpec(CellAlign.Left, 3.4), centred, centred, centred, centred, centred],
            [],
            [
                new TableRow([new TableCell("专项资金名称"), new TableCell("50011221T000000043637-行政效能绩效评价费", ColSpan: 3), new TableCell("业务主管部门"), new TableCell("130-" + Department, ColSpan: 2)]),
                new TableRow([new TableCell("项目概况"), new TableCell("聘请三方公司按照市级要求开展行政许可案卷评查，实施政务服务标准化运行评估，了解群众对三级服务中心服务的满意度。", ColSpan: 6, Align: CellAlign.Left)]),
                .. indicators,
            ],
            [])
        { StartOnNewPage = true };
    }

    private static ColumnSpec Numeric(double width) => new(CellAlign.Right, width) { Numeric = true };

    private static TableCell Money(decimal value) => new(value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture));

    private static TableCell Blank() => new("");
}
