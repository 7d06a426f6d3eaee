using System.Text.RegularExpressions;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// 部门全称 identical everywhere: a text that names this department by a variant of its full name — a
/// character missing, added or changed, or another district before it — is an error naming both spellings.
/// <para>
/// A mention is recognised by its district: at every district name in the text (the department's own,
/// any 重庆 district or county, or "重庆市…区/县" written out), the words that follow are compared with
/// the rest of the full name (the "core", e.g. 政务服务管理办公室). Words within a small edit distance of
/// the core are a mention of this department: with another district they are the wrong district, with
/// this one they must be the core exactly. Without a district nothing is claimed (区政务办, 政务服务管理办公室
/// and the city's 重庆市政务服务管理办公室 are other legitimate names), and a short core (财政局) allows no
/// edit at all, since one changed character there is another organisation (民政局). The department's own
/// units and sections, the declared short names (“以下简称”) and <c>department.shortName</c> are never
/// findings.
/// </para>
/// </summary>
internal sealed partial class FullNameMentions
{
    /// <summary>The districts and counties of 重庆 (the data's home); other places are recognised by "市…区/县".</summary>
    private static readonly string[] KnownDistricts =
    [
        "万州区", "涪陵区", "渝中区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "綦江区", "大足区",
        "渝北区", "巴南区", "黔江区", "长寿区", "江津区", "合川区", "永川区", "南川区", "璧山区", "铜梁区", "潼南区", "荣昌区",
        "开州区", "梁平区", "武隆区", "两江新区", "万盛经开区", "城口县", "丰都县", "垫江县", "忠县", "云阳县", "奉节县", "巫山县",
        "巫溪县", "石柱土家族自治县", "秀山土家族苗族自治县", "酉阳土家族苗族自治县", "彭水苗族土家族自治县",
    ];

    private readonly string _fullName;
    private readonly string _district;
    private readonly string _core;
    private readonly int _tolerance;
    private readonly Regex? _districts;
    private readonly List<string> _known;

    public FullNameMentions(BudgetReport report)
    {
        var d = report.Department;
        _fullName = d.Name.Trim();
        _district = d.District.Trim();
        var at = _district.Length > 0 ? _fullName.IndexOf(_district, StringComparison.Ordinal) : -1;
        _core = at < 0 ? "" : _fullName[(at + _district.Length)..];
        // No edit in a short core: one changed character of 财政局 is 民政局, another organisation.
        _tolerance = _core.Length switch { <= 4 => 0, <= 8 => 1, _ => 2 };
        if (_core.Length >= 2)
        {
            var city = Regex.Escape(_fullName[..at]);
            var names = string.Join("|", KnownDistricts.Append(_district).Distinct().OrderByDescending(n => n.Length).Select(Regex.Escape));
            _districts = new Regex(city.Length > 0
                ? $"(?:{city})?(?<d>{names})|{city}(?<d>\\p{{IsCJKUnifiedIdeographs}}{{1,6}}?[区县])"
                : $"(?<d>{names})", RegexOptions.CultureInvariant);
        }
        _known = [.. KnownNames(report).Concat(DeclaredAnywhere(report)).Where(n => n.Length >= 2 && n != _fullName).Distinct()];
    }

    /// <summary>The first variant of the full name in <paramref name="text"/>: the words as written and whether the district differs.</summary>
    public (string Written, bool OtherDistrict)? FirstVariant(string text)
    {
        if (_districts is null || text.Length < _core.Length)
        {
            return null;
        }
        var declared = Declared().Matches(text).Select(d => d.Groups[1].Value).ToList();
        foreach (Match m in _districts.Matches(text))
        {
            var district = m.Groups["d"].Value;
            var start = m.Index + m.Length;
            var (distance, length) = AnchoredDistance(text, start);
            if (distance > _tolerance)
            {
                continue;
            }
            var written = text.Substring(m.Index, start + length - m.Index);
            var other = district != _district;
            if ((other || distance > 0) && !IsKnown(text, declared, m.Index, m.Groups["d"].Index))
            {
                return (written, other);
            }
        }
        return null;
    }

    /// <summary>Whether one of the department's own listed names (a unit, a section, a short name, one this text declares) starts at the mention.</summary>
    private bool IsKnown(string text, List<string> declared, params int[] starts) =>
        starts.Any(s => _known.Concat(declared).Any(k => k.Length > 0 && string.CompareOrdinal(text, s, k, 0, k.Length) == 0));

    /// <summary>A short name the text declares: （以下简称“渝北区政务办”）.</summary>
    [GeneratedRegex("以下简称[“\"「]([^”\"」]{1,40})[”\"」]")]
    private static partial Regex Declared();

    /// <summary>
    /// The smallest edit distance between the core and any prefix of <c>text[start..]</c> of a length
    /// near the core's, and that prefix's length (of the best, the one nearest the core's length).
    /// </summary>
    private (int Distance, int Length) AnchoredDistance(string text, int start)
    {
        var m = _core.Length;
        var n = Math.Min(text.Length - start, m + _tolerance);
        var previous = new int[n + 1];
        var current = new int[n + 1];
        for (var j = 0; j <= n; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= m; i++)
        {
            current[0] = i;
            for (var j = 1; j <= n; j++)
            {
                var substitute = previous[j - 1] + (_core[i - 1] == text[start + j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        var best = (Distance: int.MaxValue, Length: 0);
        for (var j = 0; j <= n; j++)
        {
            if (previous[j] < best.Distance || previous[j] == best.Distance && Math.Abs(j - m) < Math.Abs(best.Length - m))
            {
                best = (previous[j], j);
            }
        }
        return best;
    }

    /// <summary>The short names declared (“以下简称”) in any text of the report.</summary>
    private static IEnumerable<string> DeclaredAnywhere(BudgetReport report)
    {
        var texts = new Stack<System.Text.Json.Nodes.JsonNode?>([System.Text.Json.JsonSerializer.SerializeToNode(report, Loading.BudgetJson.Options)]);
        while (texts.TryPop(out var node))
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    o.Select(p => p.Value).ToList().ForEach(texts.Push);
                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    a.ToList().ForEach(texts.Push);
                    break;
                case System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var text) && text.Contains("以下简称", StringComparison.Ordinal):
                    foreach (Match m in Declared().Matches(text))
                    {
                        yield return m.Groups[1].Value;
                    }
                    break;
            }
        }
    }

    /// <summary>Names the data itself gives: the units (without “（本级）”), sections, subordinate units and short names.</summary>
    private static IEnumerable<string> KnownNames(BudgetReport report)
    {
        var d = report.Department;
        foreach (var u in d.Units)
        {
            yield return u.Name.EndsWith("（本级）", StringComparison.Ordinal) ? u.Name[..^4] : u.Name;
        }
        var c = report.Profile.Composition;
        foreach (var n in c.InternalSections.Concat(c.SubordinateUnits))
        {
            yield return n;
        }
        if (d.ShortName is { } shortName)
        {
            yield return shortName;
        }
    }
}
