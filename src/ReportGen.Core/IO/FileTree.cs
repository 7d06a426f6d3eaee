using System.Reflection;

namespace ReportGen.Core.IO;

/// <summary>
/// A read-only tree of files the program reads its resources through: a folder on disk (the
/// repository's <c>templates/</c>, a folder given with <c>--templates</c>) or the copy built into
/// the program (manifest resources, read in place: nothing is extracted to disk). The template
/// loader, the style sheet, the build fingerprint and <c>templates export</c> all read through it.
/// </summary>
public abstract class FileTree
{
    /// <summary>How messages name the tree, e.g. "templates" or "内置模板".</summary>
    public abstract string Display { get; }

    /// <summary>The folder on disk, or null for the files built into the program.</summary>
    public abstract string? DiskPath { get; }

    /// <summary>The names of every file, relative, with "/" separators, in ordinal order.</summary>
    /// <exception cref="IOException">A folder cannot be read; the message is in Chinese and names it.</exception>
    public abstract IReadOnlyList<string> Files();

    /// <summary>The bytes of <paramref name="name"/>, or null with the reason it cannot be read.</summary>
    public abstract byte[]? TryRead(string name, out string? problem);

    /// <summary>Whether the tree holds a file <paramref name="name"/>.</summary>
    public abstract bool Contains(string name);

    /// <summary>The text of a UTF-8 file (BOM removed), or null with the reason.</summary>
    public string? TryReadText(string name, out string? problem)
    {
        var bytes = TryRead(name, out problem);
        return bytes is null ? null : new System.Text.UTF8Encoding(false).GetString(bytes.AsSpan().StartsWith(Bom) ? bytes.AsSpan(Bom.Length) : bytes);
    }

    /// <summary>How messages name one file of the tree, e.g. "templates/style.json".</summary>
    public string DisplayOf(string name) => Display.Length == 0 ? name : Display.TrimEnd('/', '\\') + "/" + name;

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The files of a folder on disk (recursively, links followed once).</summary>
    public static FileTree Folder(string path, string? display = null) => new DiskTree(path, display ?? path);

    /// <summary>
    /// The manifest resources of <paramref name="assembly"/> whose names start with
    /// <paramref name="prefix"/> (e.g. "templates/"), as files named by the rest of the name.
    /// </summary>
    public static FileTree Embedded(Assembly assembly, string prefix, string display) => new EmbeddedTree(assembly, prefix, display);

    private sealed class DiskTree(string path, string display) : FileTree
    {
        public override string Display => display;

        public override string? DiskPath => path;

        public override IReadOnlyList<string> Files() =>
            [.. FolderFiles.Enumerate(path, "*").Select(f => System.IO.Path.GetRelativePath(path, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

        public override byte[]? TryRead(string name, out string? problem) => RegularFile.TryRead(System.IO.Path.Combine(path, name), out problem);

        public override bool Contains(string name) => File.Exists(System.IO.Path.Combine(path, name));
    }

    private sealed class EmbeddedTree(Assembly assembly, string prefix, string display) : FileTree
    {
        private readonly string[] _names = [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Order(StringComparer.Ordinal)];

        public override string Display => display;

        public override string? DiskPath => null;

        public override IReadOnlyList<string> Files() => _names;

        public override byte[]? TryRead(string name, out string? problem)
        {
            using var stream = assembly.GetManifestResourceStream(prefix + name.Replace('\\', '/'));
            if (stream is null)
            {
                problem = "程序内置的文件中没有它";
                return null;
            }
            problem = null;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }

        public override bool Contains(string name) => Array.BinarySearch(_names, name.Replace('\\', '/'), StringComparer.Ordinal) >= 0;
    }
}
