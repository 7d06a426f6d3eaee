namespace ReportGen.Core.Documents;

/// <summary>
/// The neutral document the templates produce and every renderer reads. It holds everything a
/// renderer needs (structure, emphasis, table geometry hints, page orientation) and nothing
/// format-specific: no fonts, sizes or units; those live in the style sheet.
/// </summary>
public sealed record Document(DocumentInfo Info, IReadOnlyList<Block> Blocks)
{
    /// <summary>Headings and table titles in reading order: what an outline / navigation pane shows.</summary>
    public IEnumerable<OutlineEntry> Outline()
    {
        foreach (var block in Blocks)
        {
            switch (block)
            {
                case Heading h:
                    yield return new OutlineEntry(h.Level, h.FullText);
                    break;
                case Table t when t.Number is not null:
                    yield return new OutlineEntry(1, t.Number + " " + t.Title);
                    break;
            }
        }
    }
}

/// <summary>Document properties (DOCX core properties, PDF metadata).</summary>
public sealed record DocumentInfo(string Title, string Author, string Subject, IReadOnlyList<string> Keywords);

public sealed record OutlineEntry(int Level, string Text);

/// <summary>A block-level element of the document.</summary>
public abstract record Block;

/// <summary>The title block: centred lines in the title style (department name, "2024年部门预算情况说明").</summary>
public sealed record TitleBlock(IReadOnlyList<string> Lines) : Block;

/// <summary>A numbered heading. <see cref="Label"/> is the numbering ("一、", "（一）", "1.", "（1）"), <see cref="Text"/> the words.</summary>
public sealed record Heading(int Level, string Label, string Text) : Block
{
    public string FullText => Label + Text;
}

/// <summary>A body paragraph made of runs.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs, ParagraphKind Kind = ParagraphKind.Body) : Block
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

public enum ParagraphKind
{
    /// <summary>Body text: first-line indent, justified.</summary>
    Body,
    /// <summary>No first-line indent (signature, contact lines, flush text).</summary>
    Flush,
    /// <summary>Centred (e.g. a sub-title line).</summary>
    Centered,
    /// <summary>A note in note style (smaller), flush.</summary>
    Note,
}

/// <summary>
/// A run of text. <see cref="InlineHeadingLevel"/> &gt; 0 marks an inline heading such as
/// "（一）收入预算：" that opens a body paragraph: it takes that heading level's font.
/// </summary>
public sealed record Run(string Text, bool Bold = false, int InlineHeadingLevel = 0);

/// <summary>Forces the next block onto a new page (same section).</summary>
public sealed record PageBreak : Block;

/// <summary>Starts a new section on a new page with the given orientation; page numbering continues.</summary>
public sealed record SectionBreak(PageOrientation Orientation) : Block;

public enum PageOrientation
{
    Portrait,
    Landscape,
}

public enum CellAlign
{
    Left,
    Center,
    Right,
}

/// <summary>
/// A table with its title lines. Header and body rows are HTML-like: a cell spanning rows is given
/// once, in its first row; the rows below simply omit the covered positions.
/// </summary>
public sealed record Table(
    string? Number,
    string Title,
    IReadOnlyList<string> Subtitles,
    string? LeftCaption,
    string? RightCaption,
    IReadOnlyList<ColumnSpec> Columns,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> BodyRows,
    IReadOnlyList<string> Notes) : Block
{
    /// <summary>Repeat the header rows on every page the table spans.</summary>
    public bool RepeatHeader { get; init; } = true;

    /// <summary>Start the table (with its title) on a new page.</summary>
    public bool StartOnNewPage { get; init; }
}

/// <summary>A column: default alignment of its body cells and a relative width hint.</summary>
public sealed record ColumnSpec(CellAlign Align, double Width = 1.0)
{
    /// <summary>True for money/number columns (never wrapped inside a number; right-aligned).</summary>
    public bool Numeric { get; init; }
}

public enum RowKind
{
    Normal,
    /// <summary>合计/总计 row: emphasised.</summary>
    Total,
    /// <summary>A group row (类 level): may be emphasised lightly.</summary>
    Group,
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells, RowKind Kind = RowKind.Normal);

/// <summary>A table cell. <see cref="Indent"/> is the indent level (0, 1, 2…) of names in a tree.</summary>
public sealed record TableCell(string Text, int ColSpan = 1, int RowSpan = 1, CellAlign? Align = null, int Indent = 0);
