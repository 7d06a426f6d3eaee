using System.IO.MemoryMappedFiles;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// A font file mapped into memory for the life of the renderer. HarfBuzz reads glyph data straight
/// from the mapping (no copy of a 20 MB CJK font per document); members of a collection share it.
/// </summary>
internal sealed unsafe class MappedFontFile : IFontBytes
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private bool _disposed;

    public MappedFontFile(string path)
    {
        Path = path;
        // The length of the file opened, not FileInfo's: for a symbolic link (Debian's
        // /etc/alternatives fonts) that is the link's own few bytes, and HarfBuzz then saw no font.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Length = stream.Length;
        _file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        Pointer = (IntPtr)(pointer + _view.PointerOffset);
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>The first byte of the file in memory; valid until <see cref="Dispose"/>.</summary>
    public IntPtr Pointer { get; }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
