namespace ReportGen.Pipeline;

/// <summary>Expands the command line's inputs: files as given, folders to their *.json files (not subfolders), sorted.</summary>
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
                var found = Directory.GetFiles(input, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
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
}
