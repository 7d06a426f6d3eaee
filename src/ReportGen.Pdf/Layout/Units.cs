namespace ReportGen.Pdf.Layout;

/// <summary>Layout works in PDF points (1/72 inch); the style sheet gives lengths in millimetres.</summary>
internal static class Units
{
    public const float PointsPerMm = 72f / 25.4f;

    public static float Mm(double mm) => (float)(mm * PointsPerMm);

    /// <summary>Slack for comparing widths and heights made of many float additions.</summary>
    public const float Epsilon = 0.01f;
}
