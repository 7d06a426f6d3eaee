using System.Runtime.InteropServices;

namespace ReportGen.Core.IO;

/// <summary>
/// Reads an input file the safe way: only a regular file (a FIFO would block the open forever, a device
/// such as <c>/dev/zero</c> never ends), and never more than a bound. Every refusal is a Chinese reason.
/// </summary>
public static class RegularFile
{
    /// <summary>Data files and templates are far below this (the reference department is 90 KB).</summary>
    public const long DefaultLimit = 64L * 1024 * 1024;

    /// <summary>The bytes of <paramref name="path"/>, or null with the reason it cannot be read.</summary>
    public static byte[]? TryRead(string path, out string? problem, long limit = DefaultLimit)
    {
        problem = Check(path);
        if (problem is not null)
        {
            return null;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    problem = $"文件过大（超过 {limit / (1024 * 1024)} MB），不是预期的输入文件";
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (IoErrors.IsEnvironment(e))
        {
            problem = IoErrors.Describe(e);
            return null;
        }
    }

    /// <summary>The text of a UTF-8 file (BOM removed), or null with the reason.</summary>
    public static string? TryReadText(string path, out string? problem, long limit = DefaultLimit)
    {
        var bytes = TryRead(path, out problem, limit);
        return bytes is null ? null : new System.Text.UTF8Encoding(false).GetString(bytes.AsSpan().StartsWith(Bom) ? bytes.AsSpan(Bom.Length) : bytes);
    }

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Null when <paramref name="path"/> is a regular file (after following links); else why not.</summary>
    public static string? Check(string path)
    {
        if (Directory.Exists(path))
        {
            return "这是一个文件夹，不是文件";
        }
        if (!File.Exists(path))
        {
            try
            {
                // A dangling or looping link, or a missing file: let the file system say which.
                File.ResolveLinkTarget(path, returnFinalTarget: true);
            }
            catch (IOException e)
            {
                return IoErrors.Describe(e);
            }
            return "文件不存在";
        }
        return KindOf(path) switch
        {
            FileKind.Regular or FileKind.Unknown => null,
            FileKind.Fifo => "这是一个命名管道（FIFO），不是普通文件",
            FileKind.CharacterDevice or FileKind.BlockDevice => "这是一个设备文件，不是普通文件",
            FileKind.Socket => "这是一个套接字，不是普通文件",
            _ => "不是普通文件",
        };
    }

    internal enum FileKind
    {
        Unknown,
        Regular,
        Fifo,
        CharacterDevice,
        BlockDevice,
        Socket,
        Other,
    }

    /// <summary>The type of the file a path leads to (links followed), from <c>statx</c>; Unknown where that is not available.</summary>
    internal static FileKind KindOf(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return FileKind.Unknown;
        }
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return FileKind.Unknown;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }
        // struct statx: __u16 stx_mode at offset 28, the same on every Linux architecture.
        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
