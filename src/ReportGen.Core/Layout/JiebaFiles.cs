using System.Reflection;

namespace ReportGen.Core.Layout;

/// <summary>
/// The folder jieba.NET reads its dictionary and models from. jieba.NET opens files by path only: a
/// normal build has them beside the program (<c>jieba/</c>); the single-file program carries them as
/// resources of this assembly and writes them once to the user's cache folder (8 MB, on first use
/// of the segmenter; later runs find them there). Nothing else of the program is extracted.
/// </summary>
internal static class JiebaFiles
{
    private const string Prefix = "jieba/";

    public static string Directory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "jieba");
        var assembly = typeof(JiebaFiles).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0 || File.Exists(Path.Combine(beside, "dict.txt")))
        {
            return beside;
        }
        // One folder per build of this assembly: a newer program never reads an older copy.
        var version = assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        Exception? last = null;
        foreach (var cache in CacheRoots())
        {
            var dir = Path.Combine(cache, "reportgen", "jieba-" + version);
            if (names.All(n => File.Exists(Path.Combine(dir, n[Prefix.Length..]))))
            {
                return dir;
            }
            try
            {
                Extract(assembly, names, dir);
                return dir;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                last = e;
            }
        }
        throw new IOException($"无法写出分词词典（需要一个可写的缓存文件夹，可设置环境变量 XDG_CACHE_HOME 或 TEMP）：{last?.Message}", last);
    }

    private static IEnumerable<string> CacheRoots()
    {
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            yield return xdg;
        }
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (OperatingSystem.IsWindows() && local.Length > 0)
        {
            yield return local;
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!OperatingSystem.IsWindows() && home.Length > 0)
        {
            yield return Path.Combine(home, ".cache");
        }
        yield return Path.GetTempPath();
    }

    /// <summary>Writes the files into a fresh folder beside <paramref name="dir"/>, then renames it: a reader never sees half a dictionary.</summary>
    private static void Extract(Assembly assembly, IReadOnlyList<string> names, string dir)
    {
        var parent = Path.GetDirectoryName(dir)!;
        System.IO.Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, Path.GetFileName(dir) + ".tmp-" + Environment.ProcessId);
        System.IO.Directory.CreateDirectory(temp);
        try
        {
            foreach (var name in names)
            {
                using var source = assembly.GetManifestResourceStream(name)!;
                using var target = File.Create(Path.Combine(temp, name[Prefix.Length..]));
                source.CopyTo(target);
            }
            System.IO.Directory.Move(temp, dir);
        }
        catch (IOException) when (System.IO.Directory.Exists(dir))
        {
            // Another run wrote it at the same time: theirs is as good.
        }
        finally
        {
            if (System.IO.Directory.Exists(temp))
            {
                System.IO.Directory.Delete(temp, recursive: true);
            }
        }
    }
}
