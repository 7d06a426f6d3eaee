using System.Xml.Linq;

namespace ReportGen.Pdf.Fonts;

/// <summary>
/// The folders the operating system keeps fonts in. On Linux these are the usual XDG folders plus
/// the <c>&lt;dir&gt;</c> entries of fontconfig's configuration, so what <c>fc-list</c> sees is
/// what the typesetter sees. <c>REPORTGEN_SYSTEM_FONTS=none</c> hides them all (only --fonts folders and
/// the fonts built into the program are used): output that does not depend on what is installed.
/// </summary>
internal static class SystemFontDirectories
{
    /// <summary>The environment variable that hides the system's fonts when set to "none".</summary>
    public const string Switch = "REPORTGEN_SYSTEM_FONTS";

    public static IReadOnlyList<string> Get()
    {
        if (string.Equals(Environment.GetEnvironmentVariable(Switch)?.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var dirs = new List<string>();
        if (OperatingSystem.IsWindows())
        {
            dirs.Add(Environment.GetFolderPath(Environment.SpecialFolder.Fonts));
            dirs.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts"));
        }
        else if (OperatingSystem.IsMacOS())
        {
            dirs.AddRange(["/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library", "Fonts")]);
        }
        else
        {
            var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } x ? x : Path.Combine(home, ".local", "share");
            dirs.AddRange(["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(dataHome, "fonts"), Path.Combine(home, ".fonts")]);
            dirs.AddRange(FontconfigDirectories(dataHome));
        }
        return dirs.Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> FontconfigDirectories(string dataHome)
    {
        var files = new List<string> { "/etc/fonts/fonts.conf", "/etc/fonts/local.conf" };
        if (Directory.Exists("/etc/fonts/conf.d"))
        {
            files.AddRange(Directory.EnumerateFiles("/etc/fonts/conf.d", "*.conf").Order(StringComparer.Ordinal));
        }
        foreach (var file in files.Where(File.Exists))
        {
            XDocument xml;
            try
            {
                xml = XDocument.Load(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
            {
                continue;
            }
            foreach (var dir in xml.Descendants("dir"))
            {
                var value = dir.Value.Trim();
                if (value.Length == 0)
                {
                    continue;
                }
                if ((string?)dir.Attribute("prefix") == "xdg")
                {
                    yield return Path.Combine(dataHome, value);
                }
                else if (value.StartsWith('~'))
                {
                    yield return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), value.TrimStart('~', '/'));
                }
                else if (Path.IsPathRooted(value))
                {
                    yield return value;
                }
            }
        }
    }
}
