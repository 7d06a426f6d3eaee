using System.Text.Json;
using ReportGen.Core.Loading;

namespace ReportGen.Core.Sampling;

/// <summary>Writes a set of synthetic departments as data files.</summary>
public static class SampleSet
{
    /// <summary>
    /// Writes <paramref name="count"/> departments generated from <paramref name="seed"/> into
    /// <paramref name="outDir"/> as <c>sample-001.json</c> …; returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Write(string outDir, int count, int seed)
    {
        Directory.CreateDirectory(outDir);
        var paths = new string[count];
        Parallel.For(0, count, i =>
        {
            var report = SampleGenerator.Generate(seed, i);
            var path = Path.Combine(outDir, SampleGenerator.FileStem(i) + ".json");
            var tmp = path + ".tmp";
            File.WriteAllBytes(tmp, JsonSerializer.SerializeToUtf8Bytes(report, BudgetJson.Options));
            File.Move(tmp, path, overwrite: true);
            paths[i] = path;
        });
        return paths;
    }
}
