using ReportGen.Core.IO;

namespace ReportGen.Pipeline;

/// <summary>
/// The output folder of a run, held for the run's duration: created if needed, checked writable,
/// locked against a second <c>reportgen build</c> writing into it at the same time
/// (<c>DIR/.reportgen.lock</c>), and cleared of the temporary files an interrupted run left behind.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    public const string LockName = ".reportgen.lock";
    private const int EWOULDBLOCK = 11;

    private readonly FileStream _lock;

    private OutputFolder(string path, FileStream lockFile, int removedTemps)
    {
        Path = path;
        _lock = lockFile;
        RemovedTemps = removedTemps;
    }

    public string Path { get; }

    /// <summary>Temporary files of an earlier, interrupted run that were removed.</summary>
    public int RemovedTemps { get; }

    /// <summary>The folder ready for writing, or null with the reason (in Chinese, naming the folder).</summary>
    public static OutputFolder? Open(string path, OutputFiles files, out string? problem)
    {
        problem = null;
        if (DanglingLink(path) is { } target)
        {
            problem = $"输出路径 {path} 是一个符号链接，指向的 {target} 不存在；请先创建该文件夹，或删去这个链接";
            return null;
        }
        if (File.Exists(path))
        {
            problem = $"输出路径 {path} 是一个文件，不是文件夹";
            return null;
        }
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (IoErrors.IsEnvironment(e))
        {
            problem = $"无法创建输出文件夹 {path}：{IoErrors.Describe(e)}";
            return null;
        }
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(System.IO.Path.Combine(path, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e.HResult == EWOULDBLOCK || e.Message.Contains("being used by another process", StringComparison.Ordinal))
        {
            problem = $"另一个 reportgen build 正在向输出文件夹 {path} 写入；请等它结束后再运行（或输出到别的文件夹）";
            return null;
        }
        catch (Exception e) when (IoErrors.IsEnvironment(e))
        {
            problem = Directory.Exists(System.IO.Path.Combine(path, LockName))
                ? $"无法写入输出文件夹 {path}：其中的 {LockName} 是一个文件夹，不是文件；请删去它"
                : $"无法写入输出文件夹 {path}：{IoErrors.Describe(e)}";
            return null;
        }
        var removed = 0;
        try
        {
            foreach (var temp in Directory.EnumerateFiles(path).Where(f => OutputFiles.IsTemp(System.IO.Path.GetFileName(f))))
            {
                files.TryDelete(temp);
                removed += File.Exists(temp) ? 0 : 1;
            }
        }
        catch (Exception e) when (IoErrors.IsEnvironment(e))
        {
            // Leftovers are hidden and never taken for documents; the run goes on.
        }
        return new OutputFolder(path, lockFile, removed);
    }

    /// <summary>Where a symbolic link at <paramref name="path"/> points when that does not exist; null for anything else.</summary>
    private static string? DanglingLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is { } target && File.ResolveLinkTarget(path, returnFinalTarget: true) is { Exists: false } ? target : null;
        }
        catch (IOException)
        {
            // A loop of links: creating the folder below says so.
            return null;
        }
    }

    public void Dispose() => _lock.Dispose();
}
