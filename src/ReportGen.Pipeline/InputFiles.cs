namespace ReportGen.Pipeline;

/// <summary>Expands the command line's inputs: files as given, folders to their *.json files (not subfolders, not hidden files), sorted.</summary>
public static class InputFiles
{
    /// <summary>The files found, and one message per input that was neither a file nor a folder with .json files.</summary>
    public static (List<string> Files, List<string> Problems) Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                if (!TryList(input, problems, out var listed))
                {
                    continue;
                }
                // Hidden files are not departments: the manifest (when --out is the data folder), temporary files.
                var found = listed
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    problems.Add($"{input}: 错误: 文件夹中没有 .json 文件");
                }
                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                problems.Add($"{input}: 错误: 找不到文件或文件夹");
            }
        }
        return (files, problems);
    }

    private static bool TryList(string folder, List<string> problems, out string[] files)
    {
        try
        {
            files = Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly);
            return true;
        }
        catch (Exception e) when (ReportGen.Core.IO.IoErrors.IsEnvironment(e))
        {
            problems.Add($"{folder}: 错误: 无法读取文件夹：{ReportGen.Core.IO.IoErrors.Describe(e)}");
            files = [];
            return false;
        }
    }
}
