using System.Text;

namespace ReportGen.Core.Documents;

/// <summary>
/// The plain text of a document: title lines, headings, paragraphs, then each table as its title
/// lines and tab-separated rows. Used for review (<c>--format txt</c>) and as the reference text
/// renderers are compared with.
/// </summary>
public static class PlainTextWriter
{
    public static string Write(Document document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TitleBlock t:
                    foreach (var line in t.Lines)
                    {
                        sb.Append(line).Append('\n');
                    }
                    sb.Append('\n');
                    break;
                case Heading h:
                    sb.Append(h.FullText).Append("\n\n");
                    break;
                case Paragraph p:
                    sb.Append(p.Text).Append("\n\n");
                    break;
                case Table table:
                    WriteTable(sb, table);
                    break;
            }
        }
        return sb.ToString();
    }

    private static void WriteTable(StringBuilder sb, Table table)
    {
        if (table.Number is not null)
        {
            sb.Append(table.Number).Append('\n');
        }
        sb.Append(table.Title).Append('\n');
        foreach (var s in table.Subtitles)
        {
            sb.Append(s).Append('\n');
        }
        if (table.LeftCaption is not null)
        {
            sb.Append(table.LeftCaption).Append('\n');
        }
        if (table.RightCaption is not null)
        {
            sb.Append(table.RightCaption).Append('\n');
        }
        foreach (var row in TableGrid.Expand(table, table.HeaderRows).Concat(TableGrid.Expand(table, table.BodyRows)))
        {
            sb.AppendJoin('\t', row).Append('\n');
        }
        foreach (var note in table.Notes)
        {
            sb.Append(note).Append('\n');
        }
        sb.Append('\n');
    }
}
