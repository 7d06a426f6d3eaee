using ReportGen.Core.Layout;
using ReportGen.Core.Styling;
using Model = ReportGen.Core.Documents;

namespace ReportGen.Docx;

/// <summary>Column widths in twips (<see cref="TableColumnWidths"/>, shared with the XLSX writer).</summary>
internal static class ColumnWidths
{
    public static int[] For(Model.Table table, StyleSheet sheet, int total) => TableColumnWidths.For(table, sheet, total, 20);

    public static int[] FromHints(IReadOnlyList<Model.ColumnSpec> columns, int total) => TableColumnWidths.FromHints(columns, total);
}
