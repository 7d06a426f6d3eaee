using ReportGen.Pipeline;

namespace ReportGen.Cli.Tests.Faults;

/// <summary>
/// The output file system with faults injected: a disk that fills up after a number of bytes, a
/// rename that fails, a manifest that cannot be written. Failures are the exceptions the runtime
/// throws on Linux (an <see cref="IOException"/> whose HResult is the errno).
/// </summary>
internal sealed class FaultyFiles : OutputFiles
{
    public const int ENOSPC = 28;
    public const int EROFS = 30;

    private long _written;

    /// <summary>Bytes that can be written in total before the disk is "full" (null: unlimited).</summary>
    public long? Capacity { get; set; }

    /// <summary>Files whose name matches fail to be created with this errno.</summary>
    public Func<string, int?> CreateFails { get; set; } = _ => null;

    /// <summary>Renames onto a name that matches fail with this errno.</summary>
    public Func<string, int?> MoveFails { get; set; } = _ => null;

    public static IOException Errno(int errno, string path) =>
        new(errno == ENOSPC ? $"No space left on device : '{path}'" : $"Read-only file system : '{path}'", errno);

    public override Stream Create(string path)
    {
        if (CreateFails(path) is int errno)
        {
            throw Errno(errno, path);
        }
        return new Counting(base.Create(path), this, path);
    }

    public override void Move(string from, string to)
    {
        if (MoveFails(to) is int errno)
        {
            throw Errno(errno, to);
        }
        base.Move(from, to);
    }

    private sealed class Counting(Stream inner, FaultyFiles owner, string path) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => true;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (owner.Capacity is long capacity && Interlocked.Add(ref owner._written, buffer.Length) > capacity)
            {
                throw Errno(ENOSPC, path);
            }
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => inner.SetLength(value);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
