using ReportGen.Core.IO;

namespace ReportGen.Pipeline;

/// <summary>
/// What <see cref="TemplateExport.Run"/> did, as names relative to the folder: files written, files
/// already identical, edited files it refused to replace (nothing is written then), edited files it
/// replaced (forced).
/// </summary>
public sealed record TemplateExportResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Refused, IReadOnlyList<string> Replaced)
{
    /// <summary>True when nothing was refused (every file of the set is now in the folder as built in).</summary>
    public bool Complete => Refused.Count == 0;
}

/// <summary>
/// Writes a template set (the one built into the program) out as files a template editor can change
/// and pass back with <c>--templates DIR</c>. A file already in the folder with other content is an
/// edit: unless <c>force</c>, nothing at all is written then (the result names the edited files). Files
/// of the folder that the set does not have are left alone. Each file is written to a temporary file
/// and renamed, so a failure leaves no half-written template.
/// </summary>
public static class TemplateExport
{
    public static TemplateExportResult Run(FileTree source, string directory, bool force)
    {
        var plan = new List<(string Name, byte[] Bytes, string Target)>();
        var unchanged = new List<string>();
        var edited = new List<string>();
        foreach (var name in source.Files())
        {
            var bytes = source.TryRead(name, out var problem) ?? throw new ChineseIOException($"无法读取 {source.DisplayOf(name)}：{problem}");
            var target = Path.Combine(directory, name);
            if (File.Exists(target) || Directory.Exists(target))
            {
                var existing = RegularFile.TryRead(target, out _);
                if (existing is not null && existing.AsSpan().SequenceEqual(bytes))
                {
                    unchanged.Add(name);
                    continue;
                }
                edited.Add(name);
            }
            plan.Add((name, bytes, target));
        }
        if (edited.Count > 0 && !force)
        {
            return new TemplateExportResult([], unchanged, edited, []);
        }
        foreach (var (_, bytes, target) in plan)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            var temp = target + ".tmp-" + Environment.ProcessId;
            try
            {
                File.WriteAllBytes(temp, bytes);
                File.Move(temp, target, overwrite: true);
            }
            finally
            {
                File.Delete(temp);
            }
        }
        return new TemplateExportResult([.. plan.Select(p => p.Name)], unchanged, [], edited);
    }
}
