using System.Reflection;
using System.Runtime.InteropServices;

namespace ReportGen.Pdf.Fonts;

/// <summary>The bytes of a font file in memory, readable in place (HarfBuzz and Skia read glyph data straight from them).</summary>
internal interface IFontBytes : IDisposable
{
    /// <summary>The first byte of the file; valid until disposal.</summary>
    IntPtr Pointer { get; }

    long Length { get; }
}

/// <summary>
/// Where fonts come from besides folders on disk: the seam through which the faces built into the
/// single-file program reach the font catalog (after the --fonts folders and the system's folders,
/// so office fonts and installed fonts win). Its paths are what messages and
/// <see cref="FontFaceInfo.Path"/> show; <see cref="Open"/> gives one file's bytes, and is called only
/// for the faces a document actually uses.
/// </summary>
internal interface IFontSource
{
    /// <summary>The font files of the source, e.g. "内置字体/FandolFang-Regular.otf", in a stable order.</summary>
    IReadOnlyList<string> Files { get; }

    IFontBytes Open(string path);
}

/// <summary>
/// The fonts embedded in this assembly as manifest resources named <c>fonts/&lt;file&gt;</c> (only in the
/// program scripts/publish.sh builds: <c>-p:ReportGenEmbedFonts=true</c>). An assembly's resources
/// are part of its mapped image — in a single-file bundle, of the mapped bundle — so a face is read
/// in place: nothing is decompressed or copied at start, and a face no document uses is never touched.
/// </summary>
internal sealed class EmbeddedFontSource : IFontSource
{
    public const string Prefix = "fonts/";

    /// <summary>How messages name the built-in fonts (the folder part of their paths).</summary>
    public const string Display = "内置字体";

    private readonly Assembly _assembly;

    public EmbeddedFontSource(Assembly assembly)
    {
        _assembly = assembly;
        Files = [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Display + "/" + n[Prefix.Length..])];
    }

    /// <summary>The fonts built into this program; null when it has none (a development build).</summary>
    public static EmbeddedFontSource? OfThisProgram { get; } =
        new EmbeddedFontSource(typeof(EmbeddedFontSource).Assembly) is { Files.Count: > 0 } source ? source : null;

    public IReadOnlyList<string> Files { get; }

    public IFontBytes Open(string path)
    {
        var stream = _assembly.GetManifestResourceStream(Prefix + path[(Display.Length + 1)..])
            ?? throw new FileNotFoundException($"程序内置的字体中没有 {path}");
        return stream is UnmanagedMemoryStream mapped ? new ResourceBytes(mapped) : CopiedBytes.Of(stream);
    }

    /// <summary>A resource in the mapped image: a pointer into it, kept as long as the stream is.</summary>
    private sealed unsafe class ResourceBytes(UnmanagedMemoryStream stream) : IFontBytes
    {
        public IntPtr Pointer { get; } = (IntPtr)stream.PositionPointer;

        public long Length { get; } = stream.Length;

        public void Dispose() => stream.Dispose();
    }

    /// <summary>Any other stream (not expected of an assembly loaded from a file): the one file copied to native memory.</summary>
    private sealed unsafe class CopiedBytes : IFontBytes
    {
        private CopiedBytes(IntPtr pointer, long length)
        {
            Pointer = pointer;
            Length = length;
        }

        public IntPtr Pointer { get; private set; }

        public long Length { get; }

        public static CopiedBytes Of(Stream stream)
        {
            using (stream)
            {
                var length = stream.Length;
                var pointer = (IntPtr)NativeMemory.Alloc((nuint)length);
                using var target = new UnmanagedMemoryStream((byte*)pointer, length, length, FileAccess.Write);
                stream.CopyTo(target);
                return new CopiedBytes(pointer, length);
            }
        }

        public void Dispose()
        {
            if (Pointer != IntPtr.Zero)
            {
                NativeMemory.Free((void*)Pointer);
                Pointer = IntPtr.Zero;
            }
        }
    }
}
