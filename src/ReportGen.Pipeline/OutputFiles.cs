using System.Text.RegularExpressions;

namespace ReportGen.Pipeline;

/// <summary>
/// Every file-system change a build makes in its output folder goes through here: temporary files
/// created, renamed into place, stale files deleted. Tests replace it to inject a full disk or a
/// failing rename at a chosen moment; the real thing is the plain file system.
/// </summary>
public partial class OutputFiles
{
    public static OutputFiles System { get; } = new();

    /// <summary>A new file to write (fails if it exists).</summary>
    public virtual Stream Create(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    /// <summary>Renames <paramref name="from"/> to <paramref name="to"/>, replacing it (atomic on one file system).</summary>
    public virtual void Move(string from, string to) => File.Move(from, to, overwrite: true);

    public virtual void Delete(string path) => File.Delete(path);

    /// <summary>A hidden temporary name beside <paramref name="target"/>: ".name.ext.1a2b3c4d.tmp".</summary>
    public static string TempFor(string target) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");

    /// <summary>True for a name <see cref="TempFor"/> makes.</summary>
    public static bool IsTemp(string fileName) => TempName().IsMatch(fileName);

    /// <summary>Deletes what <see cref="Delete"/> can, ignoring failures (a stray hidden temporary file is harmless).</summary>
    public void TryDelete(string path)
    {
        try
        {
            Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: removed by the next run.
        }
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{8}\.tmp$")]
    private static partial Regex TempName();
}
