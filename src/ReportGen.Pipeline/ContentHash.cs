using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Core.IO;

namespace ReportGen.Pipeline;

/// <summary>SHA-256 content hashes (lower-case hex) of files, folders and text, for the build manifest.</summary>
public static class ContentHash
{
    /// <summary>The hash of a file's bytes.</summary>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>
    /// The hash of every file under <paramref name="directory"/> (recursively): relative paths with "/"
    /// separators, in ordinal order, each followed by its length and bytes. A renamed, added, removed or
    /// edited file changes it; the folder's own location does not.
    /// </summary>
    public static string OfFolder(string directory) => OfTree(FileTree.Folder(directory));

    /// <summary>The hash of every file of <paramref name="tree"/>, as <see cref="OfFolder"/> has it (a folder and the same files built into the program hash alike).</summary>
    public static string OfTree(FileTree tree)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var relative in tree.Files())
        {
            var bytes = tree.TryRead(relative, out var problem)
                ?? throw new ChineseIOException($"无法读取 {tree.DisplayOf(relative)}：{problem}");
            hash.AppendData(Encoding.UTF8.GetBytes(relative));
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.LongLength);
            hash.AppendData([0]);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash of bytes in memory.</summary>
    public static string OfBytes(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of a text (UTF-8).</summary>
    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
