namespace ReportGen.Dist.Tests;

/// <summary>
/// The linux-x64 program of scripts/publish.sh: the one in artifacts/ when it was built from the
/// current sources (artifacts/reportgen-linux-x64.inputs equals <c>publish.sh --inputs</c>), else
/// published now (a few minutes on a busy 2-core machine).
/// </summary>
public sealed class PublishedProgram
{
    public const string Rid = "linux-x64";

    public PublishedProgram()
    {
        Root = Processes.RepositoryRoot();
        // The quicker plain ReadyToRun variant of the same program (same output bytes; composite, the
        // script's default, takes 4.5 minutes to publish on a 2-core machine): CI stays short.
        Environment.SetEnvironmentVariable("COMPOSITE", "false");
        var script = Path.Combine(Root, "scripts", "publish.sh");
        var stamp = Path.Combine(Root, "artifacts", $"reportgen-{Rid}.inputs");
        var inputs = Processes.Run("bash", [script, "--inputs"], Root);
        Assert.True(inputs.Code == 0, inputs.ToString());
        if (!File.Exists(Executable) || !File.Exists(stamp) || File.ReadAllText(stamp).Trim() != inputs.Out.Trim())
        {
            var publish = Processes.Run("bash", [script, Rid], Root, timeoutSeconds: 1200);
            Assert.True(publish.Code == 0, publish.ToString());
            Published = true;
        }
    }

    public string Root { get; }

    /// <summary>True when this run published the program (it was missing or out of date).</summary>
    public bool Published { get; }

    public string Folder => Path.Combine(Root, "artifacts", $"reportgen-{Rid}");

    public string Executable => Path.Combine(Folder, "reportgen");

    public string Archive => Path.Combine(Root, "artifacts", $"reportgen-{Rid}.tar.gz");
}
