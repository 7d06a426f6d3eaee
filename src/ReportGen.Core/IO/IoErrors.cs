namespace ReportGen.Core.IO;

/// <summary>
/// Chinese wording of file-system failures. The runtime's messages are English ("No space left on
/// device : '/out/x.pdf'"); a user reads the cause in Chinese, and the path is named by the caller.
/// On Unix an <see cref="IOException"/>'s HResult is the errno of the failed call.
/// </summary>
public static class IoErrors
{
    private const int EIO = 5;
    private const int EACCES = 13;
    private const int EEXIST = 17;
    private const int ENOTDIR = 20;
    private const int EISDIR = 21;
    private const int EMFILE = 24;
    private const int EFBIG = 27;
    private const int ENOSPC = 28;
    private const int EROFS = 30;
    private const int ENAMETOOLONG = 36;
    private const int ELOOP = 40;
    private const int EDQUOT = 122;

    /// <summary>True when the failure lies in the machine (disk, permissions, folders), not in what was being written.</summary>
    public static bool IsEnvironment(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>True for "no space left" and "quota exceeded".</summary>
    public static bool IsDiskFull(Exception e) => e is IOException { HResult: ENOSPC or EDQUOT };

    /// <summary>The cause in Chinese, without the path: "磁盘空间已满", "文件系统为只读" …</summary>
    public static string Describe(Exception e) => e switch
    {
        ChineseIOException => e.Message,
        FileNotFoundException => "文件不存在",
        DirectoryNotFoundException => "路径中的文件夹不存在（或路径中有一段是文件而不是文件夹）",
        PathTooLongException => "路径过长",
        UnauthorizedAccessException => "没有访问权限",
        IOException io => io.HResult switch
        {
            ENOSPC => "磁盘空间已满",
            EDQUOT => "超出磁盘配额",
            EROFS => "文件系统为只读",
            EACCES => "没有访问权限",
            EEXIST => "同名的文件已存在",
            ENOTDIR => "路径中有一段是文件而不是文件夹",
            EISDIR => "这是一个文件夹，不是文件",
            ELOOP => "符号链接形成循环（或层数过多）",
            ENAMETOOLONG => "路径过长",
            EMFILE => "打开的文件过多",
            EFBIG => "文件过大",
            EIO => "磁盘读写错误（输入输出错误）",
            _ => $"读写文件失败（系统错误码 {io.HResult}）",
        },
        _ => $"读写文件失败（{e.GetType().Name}）",
    };
}
