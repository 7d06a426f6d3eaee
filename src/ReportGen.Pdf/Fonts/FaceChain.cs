namespace ReportGen.Pdf.Fonts;

/// <summary>
/// The installed faces of one font role in order of preference. Each character is set in the first
/// face that covers it; Latin letters and digits try the role's Latin faces first.
/// </summary>
internal sealed class FaceChain(string role, IReadOnlyList<string> families, IReadOnlyList<FontFace> faces, IReadOnlyList<FontFace> latinFaces)
{
    public string Role { get; } = role;

    /// <summary>The family names of the sheet (installed or not), for messages.</summary>
    public IReadOnlyList<string> Families { get; } = families;

    public IReadOnlyList<FontFace> Faces { get; } = faces;

    /// <summary>The face that sets <paramref name="codePoint"/>, or null when none covers it.</summary>
    public FontFace? Pick(int codePoint)
    {
        if (latinFaces.Count > 0 && codePoint < 0x250)
        {
            foreach (var face in latinFaces)
            {
                if (face.Covers(codePoint))
                {
                    return face;
                }
            }
        }
        foreach (var face in Faces)
        {
            if (face.Covers(codePoint))
            {
                return face;
            }
        }
        return null;
    }

    /// <summary>The face that sets <paramref name="codePoint"/>; throws naming the character and <paramref name="location"/> when none does.</summary>
    public FontFace Require(int codePoint, Func<string> location) =>
        Pick(codePoint) ?? throw new UncoveredCharacterException(codePoint, Role, Families, location());

    /// <summary>The face most characters of the role are set in (the first installed one).</summary>
    public FontFace Primary => Faces[0];
}
