namespace ReportGen.Html.Tests.Support;

/// <summary>
/// The published reference text (<c>shared/reference/</c>), looked for beside the repository and
/// above it (a worktree sits one level deeper than the main checkout); null when this machine has none.
/// </summary>
internal static class ReferenceFile
{
    private const string Name = "yubei-zwfw-2024-budget-explanation.txt";

    public static string? Text()
    {
        for (var dir = new DirectoryInfo(ReportGen.Templating.Tests.Support.Repo.Root).Parent; dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "reference", Name);
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }
        return null;
    }
}
