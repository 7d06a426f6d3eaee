using ReportGen.Pdf.Fonts;

namespace ReportGen.Pdf.Layout;

/// <summary>Where text sits in a line of fixed pitch: the em box of the main face centred in the line.</summary>
internal readonly record struct LineMetrics(float Pitch, float Size, float AscentRatio)
{
    public static LineMetrics For(float pitch, float size, FaceChain chain) => new(pitch, size, chain.Primary.Info.AscentRatio);

    /// <summary>The baseline of a line whose top is <paramref name="lineTop"/>.</summary>
    public float Baseline(float lineTop) => lineTop + (Pitch - Size) / 2 + AscentRatio * Size;
}
