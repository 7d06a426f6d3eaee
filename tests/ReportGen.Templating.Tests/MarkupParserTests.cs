using ReportGen.Core.Documents;
using ReportGen.Templating.Markup;

namespace ReportGen.Templating.Tests;

public sealed class MarkupParserTests
{
    private static (Document Document, List<(int Offset, string Message)> Errors) Parse(string text)
    {
        var errors = new List<(int, string)>();
        var document = MarkupParser.Parse(text, (offset, message) => errors.Add((offset, message)));
        return (document, errors);
    }

    private static Document Valid(string text)
    {
        var (document, errors) = Parse(text);
        Assert.Empty(errors);
        return document;
    }

    [Fact]
    public void Headings_get_level_and_numbering_label()
    {
        var blocks = Valid("# 一、单位基本情况\n## （一）职能职责\n### 1.按支出属性说明\n#### （1）基本支出\n## 没有编号\n").Blocks;
        Assert.Equal(new Heading(1, "一、", "单位基本情况"), blocks[0]);
        Assert.Equal(new Heading(2, "（一）", "职能职责"), blocks[1]);
        Assert.Equal(new Heading(3, "1.", "按支出属性说明"), blocks[2]);
        Assert.Equal(new Heading(4, "（1）", "基本支出"), blocks[3]);
        Assert.Equal(new Heading(2, "", "没有编号"), blocks[4]);
    }

    [Fact]
    public void Each_line_is_a_paragraph_and_a_backslash_continues_it()
    {
        var blocks = Valid("第一段。\n\n  第二段开头，\\\n  接着写，\\\n\\\n  写完。\n第三段，\\\n\n第四段。\\").Blocks;
        Assert.Equal(["第一段。", "第二段开头，接着写，写完。", "第三段，", "第四段。"], blocks.Cast<Paragraph>().Select(p => p.Text));
    }

    [Fact]
    public void Inline_heading_and_bold_runs()
    {
        var p = (Paragraph)Valid("[h2]（一）收入预算：[/h2]2024年[b]增加[/b]了。").Blocks[0];
        Assert.Equal([new Run("（一）收入预算：", false, 2), new Run("2024年"), new Run("增加", true), new Run("了。")], p.Runs);
    }

    [Fact]
    public void Escaped_characters_are_text()
    {
        var blocks = Valid("\\@不是指令 \\[b\\] a\\|b\n@table | 表\n@columns left\n@row x\\|y\n@end").Blocks;
        Assert.Equal("@不是指令 [b] a|b", ((Paragraph)blocks[0]).Text);
        Assert.Equal("x|y", ((Table)blocks[1]).BodyRows[0].Cells[0].Text);
    }

    [Fact]
    public void Escaping_round_trips_every_special_character()
    {
        const string data = "a|b[c]{d}@e#f\\g";
        var blocks = Valid("@table | t\n@columns left\n@row " + MarkupEscaping.Escape(data) + "\n@end\n" + MarkupEscaping.Escape(data)).Blocks;
        Assert.Equal(data, ((Table)blocks[0]).BodyRows[0].Cells[0].Text);
        Assert.Equal(data, ((Paragraph)blocks[1]).Text);
    }

    [Fact]
    public void Title_lines_paragraph_kinds_breaks_and_meta()
    {
        var doc = Valid("@meta title 标题\n@meta keywords 甲，乙\n@title 第一行\n\n@title 第二行\n@flush 联系人\n@note 注\n@center 居中\n@pagebreak");
        Assert.Equal(["第一行", "第二行"], ((TitleBlock)doc.Blocks[0]).Lines);
        Assert.Equal(ParagraphKind.Flush, ((Paragraph)doc.Blocks[1]).Kind);
        Assert.Equal(ParagraphKind.Note, ((Paragraph)doc.Blocks[2]).Kind);
        Assert.Equal(ParagraphKind.Centered, ((Paragraph)doc.Blocks[3]).Kind);
        Assert.IsType<PageBreak>(doc.Blocks[4]);
        Assert.Equal("标题", doc.Info.Title);
        Assert.Equal(["甲", "乙"], doc.Info.Keywords);
    }

    [Fact]
    public void Table_with_spans_captions_kinds_and_notes()
    {
        var table = (Table)Valid("""
            @table 表五 | 支出表
            @subtitle （副标题）
            @newpage
            @left 部门全称：某部门
            @right 单位：元
            @columns left 1.1 | left 3 | num 1.5 | center
            @head 科目 {cols=2} | 金额 {rows=2} | 增幅 {rows=2}
            @head 编码 | 名称
            @total 合计 {cols=2} | 1.00 | -4%
            @group 201 | 一般公共服务支出 | 1.00 |
            @row 2010301 | 行政运行 {indent=2} | 1.00 | 5% {right}
            @note 备注：说明。
            @end
            """).Blocks[0];
        Assert.Equal("表五", table.Number);
        Assert.Equal("支出表", table.Title);
        Assert.Equal(["（副标题）"], table.Subtitles);
        Assert.Equal(("部门全称：某部门", "单位：元"), (table.LeftCaption, table.RightCaption));
        Assert.True(table.StartOnNewPage);
        Assert.Equal(new ColumnSpec(CellAlign.Right, 1.5) { Numeric = true }, table.Columns[2]);
        Assert.Equal(new ColumnSpec(CellAlign.Center, 1.0), table.Columns[3]);
        Assert.Equal(new TableCell("科目", ColSpan: 2), table.HeaderRows[0].Cells[0]);
        Assert.Equal(new TableCell("金额", RowSpan: 2), table.HeaderRows[0].Cells[1]);
        Assert.Equal([RowKind.Total, RowKind.Group, RowKind.Normal], table.BodyRows.Select(r => r.Kind));
        Assert.Equal(new TableCell("行政运行", Indent: 2), table.BodyRows[2].Cells[1]);
        Assert.Equal(new TableCell("5%", Align: CellAlign.Right), table.BodyRows[2].Cells[3]);
        Assert.Equal("", table.BodyRows[1].Cells[3].Text);
        Assert.Equal(["备注：说明。"], table.Notes);
        Assert.Equal(["科目", "", "金额", "增幅"], TableGrid.Expand(table, table.HeaderRows).First());
    }

    [Fact]
    public void Toc_lists_numbered_tables_once_in_order_with_subtitles()
    {
        var doc = Valid("""
            @table | 目录
            @columns left | left | left
            @toc
            @end
            @table 表一 | 总表
            @columns left
            @end
            @table 表六 | 基本支出表
            @subtitle （经济分类）
            @columns left
            @end
            @table 表六 | 基本支出表
            @columns left
            @end
            """);
        var toc = (Table)doc.Blocks[0];
        Assert.Equal([["1", "表一", "总表"], ["2", "表六", "基本支出表（经济分类）"]], toc.BodyRows.Select(r => r.Cells.Select(c => c.Text).ToArray()));
    }

    [Fact]
    public void Redundant_section_breaks_are_dropped()
    {
        var doc = Valid("@landscape\n@table 表一 | a\n@columns left\n@end\n@portrait\n@landscape\n@table 表二 | b\n@columns left\n@end\n@portrait\n@portrait\n文字\n@landscape");
        Assert.Equal(["SectionBreak:Landscape", "Table", "Table", "SectionBreak:Portrait", "Paragraph"],
            doc.Blocks.Select(b => b is SectionBreak s ? "SectionBreak:" + s.Orientation : b.GetType().Name));
    }

    [Theory]
    [InlineData("@tabel | x", "未知的指令“@tabel”")]
    [InlineData("文字[h2]没有结束", "[h2] 没有结束标记")]
    [InlineData("文字[x]未知", "未知的行内标记")]
    [InlineData("@table | t\n@row a\n@end", "缺少 @columns")]
    [InlineData("@table | t\n@columns left | left\n@row a | b | c\n@end", "超出了表格的 2 列")]
    [InlineData("@table | t\n@columns left | left\n@row a\n@end", "只有 1 列，表格有 2 列")]
    [InlineData("@table | t\n@columns left\n@row a {wide}\n@end", "格子属性“wide”无法识别")]
    [InlineData("@table | t\n@columns left\n文字\n@end", "都要以指令开头")]
    [InlineData("@table | t\n@columns left", "没有以 @end 结束")]
    public void Mistakes_are_reported(string text, string expected)
    {
        var (_, errors) = Parse(text);
        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Errors_carry_the_offset_of_the_offending_line()
    {
        const string text = "第一行\n@table | t\n@columns left | left\n@row 好 | 行\n@row 多 | 了 | 一格\n@end";
        var (_, errors) = Parse(text);
        var error = Assert.Single(errors);
        Assert.Equal(text.IndexOf("@row 多", StringComparison.Ordinal), error.Offset);
    }

    [Fact]
    public void Row_spans_are_counted_in_the_rows_below()
    {
        var (_, errors) = Parse("@table | t\n@columns left | left | left\n@row a {rows=2} | b | c\n@row d | e\n@row f | g | h\n@end");
        Assert.Empty(errors);
        var (_, overflow) = Parse("@table | t\n@columns left | left\n@row a {rows=3} | b\n@row c\n@end");
        Assert.Contains(overflow, e => e.Message.Contains("跨 3 行", StringComparison.Ordinal));
    }
}
