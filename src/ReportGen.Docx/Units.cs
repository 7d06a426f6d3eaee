using System.Globalization;

namespace ReportGen.Docx;

/// <summary>Unit conversions of WordprocessingML: twips (1/20 pt), half-points, eighths of a point.</summary>
internal static class Units
{
    private const double PointsPerInch = 72;
    private const double MmPerInch = 25.4;

    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    public static int MmToTwips(double mm) => Twips(mm / MmPerInch * PointsPerInch);

    public static double MmToPoints(double mm) => mm / MmPerInch * PointsPerInch;

    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    public static uint EighthPoints(double points) => (uint)Math.Round(points * 8, MidpointRounding.AwayFromZero);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A length in characters of a font as "hundredths of a character" (w:firstLineChars and friends).</summary>
    public static int Chars100(double chars) => (int)Math.Round(chars * 100, MidpointRounding.AwayFromZero);
}
