namespace ReportGen.Core.IO;

/// <summary>
/// The files under a folder, recursively, following linked folders at most once each: a link that
/// points back up the tree (or a link loop) is never walked into, so enumeration always ends.
/// </summary>
public static class FolderFiles
{
    /// <summary>Full paths of the files matching <paramref name="pattern"/>, in no particular order.</summary>
    /// <exception cref="IOException">A folder cannot be read; the message is in Chinese and names it.</exception>
    public static List<string> Enumerate(string directory, string pattern)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(directory), pattern, files, seen);
        return files;
    }

    private static void Walk(DirectoryInfo dir, string pattern, List<string> files, HashSet<string> seen)
    {
        if (!seen.Add(RealPath(dir)))
        {
            return;
        }
        try
        {
            foreach (var file in dir.EnumerateFiles(pattern))
            {
                files.Add(file.FullName);
            }
            foreach (var sub in dir.EnumerateDirectories())
            {
                Walk(sub, pattern, files, seen);
            }
        }
        catch (Exception e) when (IoErrors.IsEnvironment(e) && e is not ChineseIOException)
        {
            throw new ChineseIOException($"无法读取文件夹 {dir.FullName}：{IoErrors.Describe(e)}", e);
        }
    }

    private static string RealPath(DirectoryInfo dir)
    {
        try
        {
            return dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName is { } target
                ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(target))
                : Path.TrimEndingDirectorySeparator(dir.FullName);
        }
        catch (IOException e)
        {
            throw new ChineseIOException($"无法读取文件夹 {dir.FullName}：{IoErrors.Describe(e)}", e);
        }
    }
}

/// <summary>A file-system failure whose message is already in Chinese and names the path.</summary>
public sealed class ChineseIOException(string message, Exception? inner = null) : IOException(message, inner);
