using System.Diagnostics;

namespace ReportGen.Core.Diagnostics;

/// <summary>
/// Stage timings for finding where time goes (docs/performance.md): with the environment variable
/// <c>REPORTGEN_TRACE=1</c> every traced stage prints one line to standard error when it ends —
/// milliseconds since the process started, the stage, its own duration (wall clock), the CPU time
/// the whole process has used so far (all threads: on a loaded machine the better measure), the
/// bytes the stage's thread allocated during it (work it hands to other threads is not counted) and
/// the thread: <c>[trace]   212.4 ms  templates.load  38.0 ms  cpu 180 ms  alloc 2.1 MB  (thread 1)</c>.
/// Off (the default), a stage costs one static field read.
/// </summary>
public static class StageTrace
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("REPORTGEN_TRACE") is "1" or "true";

    private static readonly Lazy<DateTime> ProcessStart = new(() => Process.GetCurrentProcess().StartTime.ToUniversalTime());

    /// <summary>Times the stage until the result is disposed (nothing when tracing is off).</summary>
    public static Scope Stage(string name) => Enabled ? new Scope(name, Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread()) : default;

    /// <summary>A point in time worth seeing (e.g. "main" when the program's code starts).</summary>
    public static void Mark(string name)
    {
        if (Enabled)
        {
            Write(name, null, null);
        }
    }

    /// <summary>
    /// The process-wide counters that explain a batch's CPU time: garbage collections by generation,
    /// their total pause, bytes allocated, the methods the JIT compiled and its time (all threads: the
    /// background recompilation of tiered code included), lock contentions
    /// (<see cref="Monitor.LockContentionCount"/>) and thread-pool threads, on one line after the stages.
    /// </summary>
    public static void Counters()
    {
        if (Enabled)
        {
            var gc = GC.GetGCMemoryInfo();
            Console.Error.WriteLine(
                $"[trace] gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2), pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, "
                + $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} {System.Runtime.GCSettings.LatencyMode}, heap {gc.HeapSizeBytes / 1048576.0:F0} MB, "
                + $"allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB, "
                + $"jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms, "
                + $"lock contentions {Monitor.LockContentionCount}, "
                + $"thread-pool threads {ThreadPool.ThreadCount}, cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms");
        }
    }

    private static void Write(string name, TimeSpan? elapsed, long? allocated)
    {
        var since = (DateTime.UtcNow - ProcessStart.Value).TotalMilliseconds;
        var own = elapsed is { } e ? $"{e.TotalMilliseconds,7:F1} ms" : "      —   ";
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var alloc = allocated is { } a ? $"  alloc {a / 1048576.0,6:F1} MB" : "";
        Console.Error.WriteLine($"[trace] {since,8:F1} ms  {name,-28} {own}  cpu {cpu,6:F0} ms{alloc}  (thread {Environment.CurrentManagedThreadId})");
    }

    public readonly struct Scope(string? name, long start, long allocatedBefore) : IDisposable
    {
        public void Dispose()
        {
            if (name is not null)
            {
                Write(name, Stopwatch.GetElapsedTime(start), GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            }
        }
    }
}
