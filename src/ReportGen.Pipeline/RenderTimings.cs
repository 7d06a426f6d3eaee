using System.Diagnostics;
using ReportGen.Core.Documents;
using ReportGen.Core.Rendering;
using ReportGen.Core.Styling;

namespace ReportGen.Pipeline;

/// <summary>
/// Stopwatch figures of the renderers for Debug logging: <see cref="Timed"/> wraps a renderer, and the
/// times of the renders made on the current thread between <see cref="Begin"/> and <see cref="End"/>
/// are collected (a department is built on one thread).
/// </summary>
public static class RenderTimings
{
    [ThreadStatic]
    private static List<(string Format, double Milliseconds)>? t_current;

    public static void Begin() => t_current = [];

    public static IReadOnlyList<(string Format, double Milliseconds)> End()
    {
        var result = t_current ?? [];
        t_current = null;
        return result;
    }

    /// <summary>
    /// <paramref name="work"/> on each item at the same time, the results in item order; renders timed
    /// on the worker threads count for the calling thread's department.
    /// </summary>
    public static IReadOnlyList<TResult> InParallel<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work)
    {
        var timings = t_current;
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            var own = t_current;
            t_current = timings;
            try
            {
                results[i] = work(items[i]);
            }
            finally
            {
                t_current = own;
            }
        });
        return results;
    }

    /// <summary>The renderer, measuring each render.</summary>
    public static IDocumentRenderer Timed(IDocumentRenderer renderer) => new TimedRenderer(renderer);

    private sealed class TimedRenderer(IDocumentRenderer inner) : IDocumentRenderer
    {
        public string Format => inner.Format;

        public RenderResult Render(Document document, StyleSheet style, Stream output, RenderOptions options)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                return inner.Render(document, style, output, options);
            }
            finally
            {
                if (t_current is { } timings)
                {
                    lock (timings)
                    {
                        timings.Add((inner.Format, clock.Elapsed.TotalMilliseconds));
                    }
                }
            }
        }
    }
}
