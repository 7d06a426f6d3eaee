using System.Text;
using ReportGen.Core.Documents;
using ReportGen.Core.Validation;
using ReportGen.Templating;
using ReportGen.Templating.Hosting;

namespace ReportGen.Benchmarks;

/// <summary>
/// Benchmark-only: writes the document model of a data file as Typst markup, so that Typst can be
/// timed typesetting the same content as <c>reportgen build</c> (benchmarks/run.sh). Not a product
/// format: it carries the text, headings, paragraphs and the 17 tables with their spans, in the faces
/// our PDF uses (FandolFang body, FandolHei/FandolKai headings, FandolSong tables, Noto Serif CJK SC
/// Bold titles), on A4 with the style sheet's margins, but none of our typographic rules (28
/// characters per line, header words kept whole, rows never alone on a page, page numbers).
/// <para><paramref name="legacy"/>: for Typst 0.10 (the typst CLI on npm), whose tables have no
/// cell spans or repeated headers: spanned positions become empty cells.</para>
/// </summary>
public static class TypstExport
{
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: ReportGen.Benchmarks typst-export DATA.json OUT.typ [TEMPLATES] [--legacy]");
            return 2;
        }
        var templates = args.Length > 3 && !args[3].StartsWith("--", StringComparison.Ordinal) ? args[3] : Path.Combine(AppContext.BaseDirectory, "templates");
        var set = TemplateSet.Load(templates);
        var checkedFile = FileValidator.ValidateFile(args[1], ValidationOptions.Default);
        var document = checkedFile.ValidReport is { } report ? new TemplateRenderer(set).Render(report).Document : null;
        if (document is null)
        {
            Console.Error.WriteLine($"{args[1]}: no document (invalid data or templates)");
            return 1;
        }
        File.WriteAllText(args[2], Write(document, legacy: args.Contains("--legacy")), new UTF8Encoding(false));
        return 0;
    }

    public static string Write(Document document, bool legacy)
    {
        var t = new StringBuilder();
        t.AppendLine("""
            #set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm))
            #set text(font: ("FandolFang R", "FandolFang", "Noto Serif CJK SC"), size: 16pt, lang: "zh", region: "cn")
            #set par(justify: true, first-line-indent: 2em, leading: 0.75em)
            #let title(body) = align(center, text(font: "Noto Serif CJK SC", weight: "bold", size: 22pt, body))
            #let ttitle(body) = align(center, text(font: "Noto Serif CJK SC", weight: "bold", size: 16pt, body))
            #let h1(body) = block(text(font: "FandolHei", body))
            #let h2(body) = block(text(font: "FandolKai", body))
            """);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TitleBlock title:
                    foreach (var line in title.Lines)
                    {
                        t.AppendLine($"#title[{Escape(line)}]");
                    }
                    break;
                case Heading heading:
                    t.AppendLine(heading.Level switch
                    {
                        1 => $"#h1[{Escape(heading.FullText)}]",
                        2 => $"#h2[{Escape(heading.FullText)}]",
                        _ => $"#block[{Escape(heading.FullText)}]",
                    });
                    break;
                case Paragraph paragraph:
                    var text = string.Concat(paragraph.Runs.Select(r => r.InlineHeadingLevel switch
                    {
                        1 => $"#text(font: \"FandolHei\")[{Escape(r.Text)}]",
                        2 => $"#text(font: \"FandolKai\")[{Escape(r.Text)}]",
                        _ => r.Bold ? $"*{Escape(r.Text)}*" : Escape(r.Text),
                    }));
                    t.AppendLine(paragraph.Kind switch
                    {
                        ParagraphKind.Centered => $"#align(center)[{text}]",
                        ParagraphKind.Note => $"#text(font: \"FandolSong\", size: 10.5pt)[{text}]",
                        _ => text,
                    });
                    break;
                case PageBreak:
                    t.AppendLine("#pagebreak()");
                    break;
                case SectionBreak section:
                    t.AppendLine($"#set page(flipped: {(section.Orientation == PageOrientation.Landscape ? "true" : "false")})");
                    break;
                case Table table:
                    WriteTable(t, table, legacy);
                    break;
            }
            t.AppendLine();
        }
        return t.ToString();
    }

    private static void WriteTable(StringBuilder t, Table table, bool legacy)
    {
        if (table.StartOnNewPage)
        {
            t.AppendLine("#pagebreak(weak: true)");
        }
        t.AppendLine($"#ttitle[{Escape((table.Number is null ? "" : table.Number + " ") + table.Title)}]");
        foreach (var subtitle in table.Subtitles)
        {
            t.AppendLine($"#align(center, text(font: \"FandolSong\", size: 12pt)[{Escape(subtitle)}])");
        }
        if (table.LeftCaption is not null || table.RightCaption is not null)
        {
            t.AppendLine($"#text(font: \"FandolSong\", size: 10.5pt)[{Escape(table.LeftCaption ?? "")} #h(1fr) {Escape(table.RightCaption ?? "")}]");
        }
        var total = table.Columns.Sum(c => c.Width);
        var columns = string.Join(", ", table.Columns.Select(c => $"{c.Width / total:0.####}fr"));
        var aligns = string.Join(", ", table.Columns.Select(c => Align(c.Align)));
        t.AppendLine("#{");
        t.AppendLine("set par(first-line-indent: 0em, justify: false)");
        t.AppendLine("set text(font: \"FandolSong\", size: 10.5pt)");
        t.AppendLine($"table(columns: ({columns},), align: ({aligns},), stroke: 0.5pt, inset: 3pt,");
        if (legacy)
        {
            foreach (var row in Grid(table.Columns.Count, [.. table.HeaderRows, .. table.BodyRows]))
            {
                t.AppendLine(string.Concat(row.Select(c => $"[{Escape(c)}], ")));
            }
        }
        else
        {
            t.AppendLine("table.header(");
            foreach (var row in table.HeaderRows)
            {
                t.AppendLine(string.Concat(row.Cells.Select(c => Cell(c, header: true))));
            }
            t.AppendLine("),");
            foreach (var row in table.BodyRows)
            {
                t.AppendLine(string.Concat(row.Cells.Select(c => Cell(c, header: false))));
            }
        }
        t.AppendLine(")");
        t.AppendLine("}");
        foreach (var note in table.Notes)
        {
            t.AppendLine($"#text(font: \"FandolSong\", size: 10.5pt)[{Escape(note)}]");
        }
    }

    private static string Cell(TableCell cell, bool header)
    {
        var body = header ? $"text(font: \"FandolHei\")[{Escape(cell.Text)}]" : $"[{Escape(cell.Text)}]";
        var spans = (cell.ColSpan > 1 ? $"colspan: {cell.ColSpan}, " : "") + (cell.RowSpan > 1 ? $"rowspan: {cell.RowSpan}, " : "")
            + (header ? "align: center + horizon, " : cell.Align is { } a ? $"align: {Align(a)}, " : "");
        return spans.Length == 0 ? $"{body}, " : $"table.cell({spans}{body}), ";
    }

    private static IEnumerable<string[]> Grid(int columns, IReadOnlyList<TableRow> rows)
    {
        var grid = Enumerable.Range(0, rows.Count).Select(_ => new string[columns]).ToArray();
        foreach (var placed in TableGrid.Place(columns, rows))
        {
            grid[placed.Row][placed.Column] = placed.Cell.Text;
        }
        return grid.Select(r => r.Select(c => c ?? "").ToArray());
    }

    private static string Align(CellAlign align) => align switch
    {
        CellAlign.Center => "center",
        CellAlign.Right => "right",
        _ => "left",
    };

    /// <summary>Text as Typst content: markup characters escaped, line breaks kept.</summary>
    private static string Escape(string text)
    {
        var s = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n')
            {
                s.Append(" \\ ");
            }
            else if ("\\#*_`$<>@[]=-+/~\"'".Contains(c))
            {
                s.Append('\\').Append(c);
            }
            else
            {
                s.Append(c);
            }
        }
        return s.ToString();
    }
}
