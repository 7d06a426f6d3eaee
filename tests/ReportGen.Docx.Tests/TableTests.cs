using DocumentFormat.OpenXml.Wordprocessing;
using M = ReportGen.Core.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Docx.Tests;

/// <summary>Tables as offices make them: repeated header rows, merged cells, rows kept whole, 合计 in bold.</summary>
public sealed class TableTests
{
    private static List<W.Table> Tables(Rendered docx) => docx.Main.Document!.Body!.Elements<W.Table>().ToList();

    private static string? StyleOf(W.TableCell cell) => cell.GetFirstChild<W.Paragraph>()!.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Fact]
    public void Header_rows_repeat_and_no_row_splits()
    {
        using var docx = Rendered.Of(SampleDocument.Build(100));
        var rows = Tables(docx)[0].Elements<W.TableRow>().ToList();
        Assert.Equal(2 + 1 + 100, rows.Count);
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows.Skip(2), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
    }

    [Fact]
    public void Two_row_header_merges_with_grid_span_and_vertical_merge()
    {
        using var docx = Rendered.Of(SampleDocument.Build(3));
        var rows = Tables(docx)[0].Elements<W.TableRow>().ToList();
        var first = rows[0].Elements<W.TableCell>().ToList();
        var second = rows[1].Elements<W.TableCell>().ToList();
        // 功能分类科目 (2 columns) | 2023年预算数 (2 rows) | 2024年预算数 (3 columns) | 增幅 (2 rows)
        Assert.Equal(["功能分类科目", "2023年预算数", "2024年预算数", "2024年预算比2023年预算增幅%"], first.Select(c => c.InnerText));
        Assert.Equal([2, 1, 3, 1], first.Select(c => c.TableCellProperties!.GridSpan?.Val?.Value ?? 1));
        Assert.Equal(MergedCellValues.Restart, first[1].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(MergedCellValues.Restart, first[3].TableCellProperties!.VerticalMerge!.Val!.Value);
        // Second row: 科目编码 科目名称 [continue] 小计 基本支出 项目支出 [continue]
        Assert.Equal(["科目编码", "科目名称", "", "小计", "基本支出", "项目支出", ""], second.Select(c => c.InnerText));
        Assert.Equal(MergedCellValues.Continue, second[2].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.Equal(MergedCellValues.Continue, second[6].TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.All(first.Concat(second), c => Assert.Equal("TableHeader", StyleOf(c)));
        Assert.All(first.Concat(second), c => Assert.Equal(TableVerticalAlignmentValues.Center, c.TableCellProperties!.TableCellVerticalAlignment!.Val!.Value));
    }

    [Fact]
    public void Total_row_is_in_the_bold_total_style_and_amounts_are_right_aligned()
    {
        using var docx = Rendered.Of(SampleDocument.Build(3));
        var total = Tables(docx)[0].Elements<W.TableRow>().ElementAt(2).Elements<W.TableCell>().ToList();
        Assert.Equal("合计", total[0].InnerText);
        Assert.All(total, c => Assert.Equal("TableTotal", StyleOf(c)));
        var style = docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "TableTotal");
        Assert.NotNull(style.StyleRunProperties!.Bold);
        Assert.Equal("18,439,531.54", total[1].InnerText);
        Assert.Equal(JustificationValues.Right, total[1].GetFirstChild<W.Paragraph>()!.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Center, total[0].GetFirstChild<W.Paragraph>()!.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Names_are_indented_by_level()
    {
        using var docx = Rendered.Of(SampleDocument.Build(3));
        var rows = Tables(docx)[0].Elements<W.TableRow>().Skip(3).ToList();
        var indents = rows.Select(r => r.Elements<W.TableCell>().ElementAt(1).GetFirstChild<W.Paragraph>()!.ParagraphProperties!.Indentation).ToList();
        Assert.Null(indents[0]);
        Assert.Equal("210", indents[1]!.Left!.Value); // one 10.5 pt character
        Assert.Equal("420", indents[2]!.Left!.Value);
        Assert.Equal(200, indents[2]!.LeftChars!.Value);
    }

    [Fact]
    public void Columns_fill_the_text_block_and_keep_amounts_unbroken()
    {
        using var docx = Rendered.Of(SampleDocument.Build(3));
        var grid = Tables(docx)[0].GetFirstChild<W.TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToList();
        Assert.Equal(11906 - 1587 - 1474, grid.Sum()); // A4 less 28 mm and 26 mm, in twips: 156 mm
        // Amounts unbroken: the widest of each column (18,439,531.54 | 17,625,499.55 | 4,995,499.55 |
        // 12,630,000.00) at no less than half an em of 10.5 pt a character, plus 2 × 3 pt padding.
        int[] longest = [13, 13, 12, 13];
        for (var i = 0; i < 4; i++)
        {
            Assert.True(grid[2 + i] >= longest[i] * 0.5 * 210 + 120, $"column {2 + i}: {grid[2 + i]} twips");
        }
        Assert.True(grid[2] > ColumnWidths.FromHints(SampleDocument.LongTable(3).Columns, grid.Sum())[2], "the amount column was widened");
        Assert.Equal(TableLayoutValues.Fixed, Tables(docx)[0].GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value);
    }

    [Fact]
    public void Header_rows_grow_to_hold_a_cell_merged_over_them()
    {
        static uint HeaderHeight(M.Table table)
        {
            using var docx = Rendered.Of(new M.Document(SampleDocument.Build(1).Info, [table]));
            return (uint)Tables(docx)[0].Elements<W.TableRow>().Take(2)
                .Sum(r => r.TableRowProperties!.GetFirstChild<TableRowHeight>()!.Val!.Value);
        }
        var narrow = SampleDocument.LongTable(2);
        var columns = narrow.Columns.ToList();
        columns[^1] = columns[^1] with { Width = 3 };
        var wide = narrow with { Columns = columns };
        // "2024年预算比2023年预算增幅%" spans both header rows: in the narrow last column it takes more lines.
        Assert.True(HeaderHeight(narrow) > HeaderHeight(wide), $"{HeaderHeight(narrow)} vs {HeaderHeight(wide)}");
        Assert.True(HeaderHeight(wide) >= 2 * 360, "at least the sheet's minimum row height (18 pt) each");
    }

    [Fact]
    public void Rule_width_comes_from_the_sheet()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        var grid = docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == "TableGrid");
        var borders = grid.StyleTableProperties!.TableBorders!;
        Assert.Equal(4u, borders.TopBorder!.Size!.Value); // 0.5 pt in eighths
        Assert.Equal(4u, borders.InsideVerticalBorder!.Size!.Value);
        Assert.Equal(BorderValues.Single, borders.InsideHorizontalBorder!.Val!.Value);
    }

    [Fact]
    public void Body_cells_spanning_rows_merge_vertically()
    {
        using var docx = Rendered.Of(SampleDocument.Build(1));
        var project = Tables(docx).Last().Elements<W.TableRow>().ToList();
        var label = project[2].Elements<W.TableCell>().First();
        Assert.Equal("绩效指标", label.InnerText);
        Assert.Equal(MergedCellValues.Restart, label.TableCellProperties!.VerticalMerge!.Val!.Value);
        Assert.All(project.Skip(3), r => Assert.Equal(MergedCellValues.Continue, r.Elements<W.TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value));
        Assert.All(project, r => Assert.Equal(7, r.Elements<W.TableCell>().Sum(c => c.TableCellProperties!.GridSpan?.Val?.Value ?? 1)));
    }

    [Fact]
    public void Every_cell_of_the_model_is_in_the_docx_in_its_grid_position()
    {
        var document = SampleDocument.Build(10);
        using var docx = Rendered.Of(document);
        var modelTables = document.Blocks.OfType<M.Table>().ToList();
        var wordTables = Tables(docx);
        Assert.Equal(modelTables.Count, wordTables.Count);
        for (var t = 0; t < modelTables.Count; t++)
        {
            var m = modelTables[t];
            Assert.Equal(WordText.ModelRows(m), wordTables[t].Elements<W.TableRow>().Select(WordText.Row));
        }
    }
}
