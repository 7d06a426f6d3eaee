using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Web;

/// <summary>
/// A rebuild of the folder as it runs: the lines <c>reportgen build</c> prints (each department's
/// diagnostics and status line, then the summary), how many departments are done, and the exit code
/// once finished. Thread-safe; the progress page follows it through server-sent events.
/// </summary>
public sealed partial class BuildJob(int total)
{
    private readonly Lock _lock = new();
    private readonly List<string> _lines = [];
    private int _done;
    private int? _exit;

    public int Total { get; } = total;

    public bool Finished
    {
        get
        {
            lock (_lock)
            {
                return _exit is not null;
            }
        }
    }

    /// <summary>The lines from <paramref name="from"/> on, the departments done and the exit code (null while running).</summary>
    public (IReadOnlyList<string> Lines, int Done, int? Exit) Since(int from)
    {
        lock (_lock)
        {
            return ([.. _lines.Skip(from)], _done, _exit);
        }
    }

    public void Line(string line)
    {
        lock (_lock)
        {
            _lines.Add(line);
            // Each department ends with its status line "[ 3/12] 已生成 …" (BuildSummary.DepartmentLines).
            if (StatusLine().IsMatch(line))
            {
                _done++;
            }
        }
    }

    public void Finish(int exit)
    {
        lock (_lock)
        {
            _exit = exit;
        }
    }

    [GeneratedRegex(@"^\[\s*\d+/\d+\] ")]
    private static partial Regex StatusLine();
}

/// <summary>A text writer that hands each complete line to <paramref name="line"/> (what the batch prints goes to the page).</summary>
internal sealed class LineWriter(Action<string> line) : TextWriter
{
    private readonly StringBuilder _pending = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
        {
            if (value == '\n')
            {
                line(_pending.ToString().TrimEnd('\r'));
                _pending.Clear();
            }
            else
            {
                _pending.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            foreach (var c in value ?? "")
            {
                Write(c);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        lock (_lock)
        {
            if (_pending.Length > 0)
            {
                line(_pending.ToString());
                _pending.Clear();
            }
        }
        base.Dispose(disposing);
    }
}
