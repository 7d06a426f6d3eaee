namespace ReportGen.Pipeline;

/// <summary>Process exit codes: 0 ok, 1 some input invalid or some document failed, 2 usage error or unreadable file.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}

/// <summary>Thrown for a malformed command line or unusable input set; reported with the command's usage and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
