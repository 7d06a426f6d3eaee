using System.Diagnostics;

namespace ReportGen.Pipeline;

/// <summary>
/// Reports a batch as it runs. Each department's lines (its diagnostics, then one status line) are
/// written in input order whatever order the workers finish in, so the log is the same from run to
/// run. On a terminal a progress bar is kept on the last line of the error stream; elsewhere (a
/// file, a pipe, CI) there are only the plain lines. Thread-safe.
/// </summary>
public sealed class ProgressReporter
{
    private const long RedrawIntervalMs = 100;

    private readonly Lock _lock = new();
    private readonly TextWriter _out;
    private readonly TextWriter? _bar;
    private readonly int _width;
    private readonly DepartmentResult?[] _pending;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _next;
    private int _finished;
    private int _failed;
    private long _lastDraw = -RedrawIntervalMs;

    /// <param name="output">Where the department lines go.</param>
    /// <param name="bar">Where the progress bar is drawn (a terminal), or null for plain lines only.</param>
    /// <param name="total">Departments in the run.</param>
    public ProgressReporter(TextWriter output, TextWriter? bar, int total)
    {
        _out = output;
        _bar = bar;
        _pending = new DepartmentResult?[total];
        _width = bar is null ? 0 : TerminalWidth();
    }

    /// <summary>True when <paramref name="error"/> is the process's error stream and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";

    public void Completed(DepartmentResult result)
    {
        lock (_lock)
        {
            _pending[result.Index] = result;
            _finished++;
            _failed += result.Status == DepartmentStatus.Failed ? 1 : 0;
            var lines = new List<string>();
            while (_next < _pending.Length && _pending[_next] is { } ready)
            {
                lines.AddRange(BuildSummary.DepartmentLines(ready, _pending.Length));
                _pending[_next++] = null;
            }
            if (_bar is null)
            {
                lines.ForEach(_out.WriteLine);
                return;
            }
            if (lines.Count > 0)
            {
                ClearBar();
                lines.ForEach(_out.WriteLine);
                _out.Flush();
            }
            if (lines.Count > 0 || _finished == _pending.Length || _clock.ElapsedMilliseconds - _lastDraw >= RedrawIntervalMs)
            {
                DrawBar();
            }
        }
    }

    /// <summary>Removes the progress bar before the summary is written.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            ClearBar();
        }
    }

    /// <summary>The bar's text: "生成中 [=====>    ]  45/100  失败 1  0:04", at most <paramref name="columns"/> wide.</summary>
    public static string BarText(int finished, int total, int failed, TimeSpan elapsed, int columns)
    {
        var counter = $" {finished.ToString().PadLeft(total.ToString().Length)}/{total}";
        var tail = (failed > 0 ? $"  失败 {failed}" : "") + $"  {(int)elapsed.TotalMinutes}:{elapsed.Seconds:00}";
        // The words around the bar take at most 40 columns (CJK characters count two): the line never wraps.
        var cells = Math.Clamp(columns - 40, 10, 40);
        var filled = total == 0 ? cells : (int)((long)cells * finished / total);
        var bar = new string('=', filled) + (filled < cells ? ">" + new string(' ', cells - filled - 1) : "");
        return $"生成中 [{bar}]{counter}{tail}";
    }

    private void DrawBar()
    {
        _lastDraw = _clock.ElapsedMilliseconds;
        _bar!.Write("\r" + BarText(_finished, _pending.Length, _failed, _clock.Elapsed, _width) + "\u001b[K");
        _bar.Flush();
    }

    private void ClearBar()
    {
        if (_bar is not null)
        {
            _bar.Write("\r\u001b[K");
            _bar.Flush();
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException)
        {
            return 80;
        }
    }
}
