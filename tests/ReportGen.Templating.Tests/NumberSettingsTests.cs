using ReportGen.Core.Model;
using ReportGen.Templating.Functions;
using ReportGen.Templating.Hosting;

namespace ReportGen.Templating.Tests;

/// <summary>The template set's number settings (settings.json) and the per-call format options.</summary>
public sealed class NumberSettingsTests
{
    private static string Render(string template, string? settingsJson, AmountUnit data = AmountUnit.元, AmountUnit shown = AmountUnit.万元)
    {
        var numbers = settingsJson is null ? NumberSettings.Default : NumberSettings.Parse(settingsJson);
        return SnippetRenderer.Render(template, new FormatSettings(data, shown, 2024) { Numbers = numbers });
    }

    [Fact]
    public void The_default_settings_file_of_the_templates_is_the_built_in_default() =>
        Assert.Equal(NumberSettings.Default, NumberSettings.Parse(File.ReadAllText(Path.Combine(Support.Repo.Templates, NumberSettings.FileName))));

    [Fact]
    public void Separators_off_and_trailing_zeros_dropped_in_wan_sentences()
    {
        const string json = """{ "numbers": { "万元": { "text": { "thousands": false, "trimZeros": true } } } }""";
        Assert.Equal("8904.98万元|65万元|0.5万元|0万元", Render("{{ money 89049800 }}|{{ money 650000 }}|{{ money 5000 }}|{{ money 0 }}", json));
        // the tables keep their own format
        Assert.Equal("8,904.98|65.00", Render("{{ cell 89049800 }}|{{ cell 650000 }}", json));
    }

    [Fact]
    public void Percent_decimals_and_unit_text_are_settings()
    {
        const string json = """{ "numbers": { "percent": { "trimZeros": false }, "元": { "unit": "元整" } } }""";
        Assert.Equal("100.0%|93.7%|增长20.0%", Render("{{ percent 1 }}|{{ share 937 1000 }}|增长{{ percent 0.2 }}", json));
        Assert.Equal("92,510元整", Render("{{ money 92510 }}", json, AmountUnit.元, AmountUnit.元));
    }

    [Fact]
    public void Table_decimals_and_change_column_are_settings()
    {
        const string json = """{ "numbers": { "元": { "table": { "decimals": 0 } }, "tablePercent": { "decimals": 1 } } }""";
        Assert.Equal("92,510|-4.4%", Render("{{ cell 92509.6 }}|{{ change_cell 17625499.55 18439531.54 }}", json, AmountUnit.元, AmountUnit.元));
    }

    [Fact]
    public void A_call_overrides_the_settings_for_itself_only()
    {
        Assert.Equal("8904.98万元|8,904.98万元", Render("{{ money 89049800 {thousands: false} }}|{{ money 89049800 }}", null));
        Assert.Equal("65万元|65.00", Render("{{ money 650000 {trim_zeros: true} }}|{{ amount 650000 }}", null));
        Assert.Equal("203.41", Render("{{ money 2034100 {unit: \"\"} }}", null));
        Assert.Equal("0|", Render("{{ cell 0 {show_zero: true, decimals: 0} }}|{{ cell 0 }}", null));
        Assert.Equal("100.0%", Render("{{ percent 1 {trim_zeros: false} }}", null));
    }

    [Fact]
    public void An_unknown_option_is_an_error_naming_it()
    {
        var e = Assert.ThrowsAny<Exception>(() => Render("{{ money 1 {thousand: false} }}", null));
        Assert.Contains("未知的格式选项“thousand”", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_in_the_settings_file_is_reported_at_its_line_and_column()
    {
        const string json = "{\n  \"numbers\": {\n    \"万元\": { \"text\": { \"thousand\": false } }\n  }\n}\n";
        var set = TemplateSet.FromSources("t", "templates", [("document.sbn", "x\n")], json);
        var d = Assert.Single(set.Diagnostics);
        Assert.Equal("templates/settings.json:3:23: 错误: $.numbers.万元.text.thousand: 未知的设置项（可用的设置见 docs/templates.zh-CN.md“数字格式”）", d.ToString());
    }

    [Fact]
    public void Decimals_out_of_range_are_refused()
    {
        var set = TemplateSet.FromSources("t", "templates", [("document.sbn", "x\n")], """{ "numbers": { "percent": { "decimals": 9 } } }""");
        Assert.Contains("numbers.percent.decimals 应为 0 到 6 的整数，实际为 9", Assert.Single(set.Diagnostics).Message, StringComparison.Ordinal);
    }
}
