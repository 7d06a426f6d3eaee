using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ReportGen.Web.Tests;

/// <summary>
/// A served folder for one test class: data/ with the reference department (valid) and a copy with
/// one changed figure (invalid), a private copy of templates/ (edited by the template tests), out/
/// and work/. Documents carry a fixed timestamp (SOURCE_DATE_EPOCH), as reproducible builds do.
/// </summary>
public sealed partial class Site : IDisposable
{
    public const string Valid = "a-valid.json";
    public const string Broken = "b-broken.json";

    /// <summary>The change that makes the reference invalid: 政府采购合计 one yuan more than its parts.</summary>
    public const string GoodTotal = "\"services\": 1200000.00, \"total\": 1200000.00";
    public const string BadTotal = "\"services\": 1200000.00, \"total\": 1200001.00";

    static Site() => Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1700000000");

    public Site()
    {
        Root = Directory.CreateTempSubdirectory("reportgen-web-tests-").FullName;
        Directory.CreateDirectory(Data);
        var reference = File.ReadAllText(ReferenceData);
        Assert.Contains(GoodTotal, reference);
        File.WriteAllText(Path.Combine(Data, Valid), reference);
        File.WriteAllText(Path.Combine(Data, Broken), reference.Replace(GoodTotal, BadTotal, StringComparison.Ordinal));
        Copy(Path.Combine(RepoRoot, "templates"), Templates);
    }

    public static string RepoRoot { get; } = typeof(Site).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string ReferenceData => Path.Combine(RepoRoot, "data", "yubei-zwfw-2024.json");

    public string Root { get; }

    public string Data => Path.Combine(Root, "data");

    public string Templates => Path.Combine(Root, "templates");

    public string Out => Path.Combine(Root, "out");

    public string Work => Path.Combine(Root, "work");

    public WebOptions Options(int port = 0, long maxUpload = WebOptions.DefaultMaxUploadBytes) => new()
    {
        DataDir = Data,
        OutDir = Out,
        TemplatesDir = Templates,
        WorkDir = Work,
        Port = port,
        MaxUploadBytes = maxUpload,
    };

    /// <summary>The line (1-based) of the broken file holding the changed total.</summary>
    public int BrokenLine => File.ReadAllLines(Path.Combine(Data, Broken)).ToList().FindIndex(l => l.Contains("1200001.00", StringComparison.Ordinal)) + 1;

    /// <summary>The anti-forgery token of a page's form.</summary>
    public static string Token(string html) => TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no anti-forgery token in the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the server being stopped: left in the temp folder.
        }
    }
}

/// <summary>The app under WebApplicationFactory, serving a <see cref="Site"/> (options through configuration, as <c>Program</c> reads them).</summary>
public sealed class SiteFactory(Site site) : WebApplicationFactory<Program>
{
    public Site Site => site;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ReportGen:Data", site.Data);
        builder.UseSetting("ReportGen:Out", site.Out);
        builder.UseSetting("ReportGen:Templates", site.Templates);
        builder.UseSetting("ReportGen:Work", site.Work);
        builder.UseEnvironment("Production");
    }
}
