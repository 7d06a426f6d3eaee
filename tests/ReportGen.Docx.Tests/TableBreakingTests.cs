using ReportGen.Core.Layout;
using M = ReportGen.Core.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Tests;

/// <summary>Tables that break well in Word and LibreOffice: header labels broken between words, rows kept in pairs, forms alike.</summary>
public sealed class TableBreakingTests
{
    private static M.Document Doc(params M.Block[] blocks) =>
        new(new M.DocumentInfo("测试", "测试单位", "测试", []), blocks);

    private static M.Table Form(string project, int indicators)
    {
        var columns = new List<M.ColumnSpec> { new(M.CellAlign.Center, 1.2), new(M.CellAlign.Left, 2), new(M.CellAlign.Left, 1), new(M.CellAlign.Right, 1.2) { Numeric = true } };
        var body = new List<M.TableRow> { new([new M.TableCell("项目名称"), new M.TableCell(project, ColSpan: 3)]) };
        body.AddRange(Enumerable.Range(1, indicators).Select(i => new M.TableRow([new M.TableCell("指标"), new M.TableCell($"产出指标数量指标第{i}项"), new M.TableCell("%"), new M.TableCell($"{i * 7}")])));
        return new M.Table("表十七", "2024年部门一般项目绩效目标表", [], "编制单位：" + project, "单位：元", columns,
            [new M.TableRow([new M.TableCell("类别"), new M.TableCell("指标名称"), new M.TableCell("计量单位"), new M.TableCell("指标值")])], body, [])
        {
            StartOnNewPage = true,
        };
    }

    [Fact]
    public void A_header_label_too_long_for_its_cell_is_broken_between_words_into_even_lines()
    {
        var labels = new[] { "科目编码", "科目名称", "公务接待费", "用事业基金弥补收支差额", "部门代码", "上年结转", "事业收入", "其他收入", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入" };
        var columns = labels.Select((_, i) => new M.ColumnSpec(i < 2 ? M.CellAlign.Left : M.CellAlign.Right, i == 1 ? 3 : 0.5) { Numeric = i >= 2 }).ToList();
        var table = new M.Table("表二", "收入预算总表", [], null, "单位：元", columns,
            [new M.TableRow([.. labels.Select(l => new M.TableCell(l))])],
            [new M.TableRow([new M.TableCell("201"), new M.TableCell("一般公共服务支出"), .. Enumerable.Range(0, 9).Select(_ => new M.TableCell(""))])], []);
        using var docx = Rendered.Of(Doc(table));
        var header = docx.Main.Document!.Body!.Elements<W.Table>().Single().Elements<W.TableRow>().First();
        var cells = header.Elements<W.TableCell>().Select(WordText.Cell).ToList();
        Assert.Equal(labels, cells.Select(c => c.Replace("\n", "", StringComparison.Ordinal)));
        var broken = cells.Select((c, i) => (Cell: c, Column: i)).Where(c => c.Cell.Contains('\n', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(broken);
        // The money columns are empty: their labels stack short words, compounds broken into theirs.
        var empty = TableColumnWidths.EmptyColumns(table);
        Assert.Equal("国有\n资本\n经营\n预算\n拨款\n收入", cells[10]);
        foreach (var (cell, column) in broken)
        {
            var text = cell.Replace("\n", "", StringComparison.Ordinal);
            var ends = ChineseWords.WordEnds(text, compounds: empty[column]);
            var at = 0;
            foreach (var line in cell.Split('\n'))
            {
                Assert.True(line.Length >= 2, $"“{cell}”: a line of one character");
                at += line.Length;
                Assert.True(ends[at - 1], $"“{cell}”: broken inside a word");
            }
        }
    }

    [Fact]
    public void The_first_rows_and_the_last_two_rows_keep_together_and_no_row_splits()
    {
        var table = Form("业务用房维修改造经费", 6) with { StartOnNewPage = false };
        using var docx = Rendered.Of(Doc(table));
        var rows = docx.Main.Document!.Body!.Elements<W.Table>().Single().Elements<W.TableRow>().ToList();
        bool Keeps(W.TableRow row) => row.Descendants<W.Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null);
        // header, body rows 1..7: the header and the first body row keep with the next, the last but one too, the last does not.
        Assert.Equal([true, true, false, false, false, false, true, false], rows.Select(Keeps));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<W.CantSplit>()));
    }

    [Fact]
    public void Forms_of_one_kind_share_widths_and_follow_each_other_without_a_page_break()
    {
        using var docx = Rendered.Of(Doc(
            Form("业务用房维修改造经费", 2),
            Form("重庆市渝北区人民代表大会常务委员会办公室公共服务平台运行经费", 5),
            Form("宣传培训经费", 3)));
        var body = docx.Main.Document!.Body!;
        var grids = body.Elements<W.Table>().Select(t => string.Join(",", t.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => c.Width!.Value))).ToList();
        Assert.Equal(3, grids.Count);
        Assert.All(grids, g => Assert.Equal(grids[0], g));
        // No page break at all: the first form starts the document, the others share its page when they fit.
        Assert.DoesNotContain(body.Descendants<W.Break>(), b => b.Type?.Value == W.BreakValues.Page);
        Assert.Empty(body.Descendants<W.PageBreakBefore>());
        // A following form keeps together: every row but its last keeps with the next.
        var second = body.Elements<W.Table>().ElementAt(1).Elements<W.TableRow>().ToList();
        Assert.All(second.SkipLast(1), r => Assert.All(r.Descendants<W.Paragraph>(), p => Assert.NotNull(p.ParagraphProperties?.KeepNext)));
    }
}
