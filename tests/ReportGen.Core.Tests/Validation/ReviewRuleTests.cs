using System.Text.Json.Nodes;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>
/// The validator's mutation classes: one damage applied to every text of the reference (blanks, control
/// and invisible characters, template residue, doubled units) must be an error at that very field; and
/// the review checks (lists, units, funds, 三公 against 基本支出, last year's 机关运行经费, huge numbers).
/// </summary>
public sealed class ReviewRuleTests : RuleTestBase
{
    /// <summary>The JSON path of every text of the reference (not $schema).</summary>
    public static IEnumerable<string> TextPaths()
    {
        var paths = new List<string>();
        Walk(TestData.ReferenceNode(), "$", paths);
        return paths.Where(p => p != "$.$schema");
    }

    private static void Walk(JsonNode? node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    Walk(value, path + "." + name, paths);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(a[i], $"{path}[{i}]", paths);
                }
                break;
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String:
                paths.Add(path);
                break;
        }
    }

    public static TheoryData<string, string> Damages => new()
    {
        { "blank", ValidationRules.EmptyText },
        { "\u0001", ValidationRules.InvisibleCharacter },
        { "\u200B", ValidationRules.InvisibleCharacter },
        { "\uFEFF", ValidationRules.InvisibleCharacter },
        { "\u202E", ValidationRules.InvisibleCharacter },
        { "\uFFFF", ValidationRules.InvisibleCharacter },
        { "\u2028", ValidationRules.InvisibleCharacter },
        { "\uE000", ValidationRules.InvisibleCharacter },
        { "\U0001F600", ValidationRules.InvisibleCharacter },
        { "\U0001D400", ValidationRules.InvisibleCharacter },
        { "××", ValidationRules.Residue },
        { "{单位}", ValidationRules.Residue },
        // Re-check 2026-11-29 evening: default-ignorable characters that are no format character, the
        // object replacement character, and residue written in full-width forms.
        { "\u034F", ValidationRules.InvisibleCharacter },
        { "\u3164", ValidationRules.InvisibleCharacter },
        { "\u115F", ValidationRules.InvisibleCharacter },
        { "\uFE0F", ValidationRules.InvisibleCharacter },
        { "\U000E0100", ValidationRules.InvisibleCharacter },
        { "\uFFFC", ValidationRules.InvisibleCharacter },
        { "ＸＸ", ValidationRules.Residue },
        { "｛单位｝", ValidationRules.Residue },
    };

    /// <summary>The JSON path of every number of the reference.</summary>
    private static List<string> NumberPaths()
    {
        var paths = new List<string>();
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        Walk(value, path + "." + name);
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], $"{path}[{i}]");
                    }
                    break;
                case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                    paths.Add(path);
                    break;
            }
        }
        Walk(TestData.ReferenceNode(), "$");
        return paths;
    }

    [Theory]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("0.001")]
    public void A_figure_below_a_cent_anywhere_is_an_error_at_that_field_never_an_overflow(string tiny)
    {
        // A last year's 公务接待费 of 10^-28 made the change rule divide 47,500 by it: OverflowException in validate.
        var missed = new List<string>();
        foreach (var path in NumberPaths())
        {
            var result = Validate(TestData.Mutate(path, JsonNode.Parse(tiny)));
            if (result.IsValid || !result.Diagnostics.Any(d => d.IsError && d.Path == path && d.Rule is ValidationRules.Precision or "wrong-type"))
            {
                missed.Add(path);
            }
        }
        Assert.True(missed.Count == 0, "not caught at: " + string.Join(", ", missed.Take(20)));
    }

    /// <summary>What is typed into a cell that has nothing to say: a dash, a slash, an ellipsis.</summary>
    [Theory]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("／")]
    [InlineData("……")]
    [InlineData("%")]
    public void A_text_of_signs_only_is_an_error_at_that_field(string sign)
    {
        var missed = new List<string>();
        foreach (var path in TextPaths().Where(p => !(p.Contains(".indicators[", StringComparison.Ordinal) && p.EndsWith(".unit", StringComparison.Ordinal))))
        {
            var result = Validate(TestData.Mutate(path, JsonValue.Create(sign)));
            // Codes, enumerations and an indicator's nature are refused by their own rules at the same field.
            string[] expected = [ValidationRules.EmptyText, ValidationRules.CodeFormat, ValidationRules.IndicatorNature, "wrong-type"];
            if (result.IsValid || !result.Diagnostics.Any(d => d.IsError && d.Path == path && expected.Contains(d.Rule)))
            {
                missed.Add(path);
            }
        }
        Assert.True(missed.Count == 0, "not caught at: " + string.Join(", ", missed.Take(20)));
        var d = Error(ValidateChanged("$.agencyOperating.reason", S(sign)), ValidationRules.EmptyText, "$.agencyOperating.reason");
        Assert.Equal($"文字“{sign}”中没有任何汉字、字母或数字（会印成“主要原因是{sign}。”这样的句子）；请填写实际内容，不需要时删去此字段", d.Message);
        // An indicator's unit is a sign by nature.
        Assert.True(ValidateChanged("$.performance.indicators[1].unit", S("%")).IsValid);
    }

    [Theory]
    [InlineData("100.5", "指标权重是 100 分中的分值，应在 0 到 100 之间，实际为 100.5")]
    [InlineData("1000000000000000", "指标权重是 100 分中的分值，应在 0 到 100 之间，实际为 1,000,000,000,000,000")]
    [InlineData("0.005", "指标权重最多保留两位小数，实际为 0.005（表中会照此印出）")]
    [InlineData("0.0000000000000000000000000001", "指标权重最多保留两位小数，实际为 0.0000000000000000000000000001（表中会照此印出）")]
    public void An_indicator_weight_outside_0_to_100_or_with_more_than_two_decimals_is_an_error(string weight, string message)
    {
        var result = ValidateChanged("$.projects[0].indicators[0].weight", JsonNode.Parse(weight));

        var d = Assert.Single(result.Diagnostics, d => d.IsError && d.Path == "$.projects[0].indicators[0].weight");
        Assert.Equal(message, d.Message);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_weight_of_100_or_with_two_decimals_is_no_error()
    {
        foreach (var weight in new[] { 100m, 12.5m, 0m })
        {
            var result = ValidateChanged("$.projects[0].indicators[0].weight", N(weight));
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError && d.Path == "$.projects[0].indicators[0].weight");
        }
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_text_anywhere_is_an_error_at_that_field(string damage, string rule)
    {
        var paths = TextPaths().ToList();
        Assert.True(paths.Count > 100, $"{paths.Count} texts");
        var missed = new List<string>();
        foreach (var path in paths)
        {
            var original = TestData.ReferenceNode().AsObject();
            var text = (string)Select(original, path)!;
            var damaged = damage == "blank" ? "  " : text.Length > 1 ? text[..1] + damage + text[1..] : damage + text;
            var result = Validate(TestData.Mutate(path, JsonValue.Create(damaged)));
            // Codes and enum values are refused by their own rules (format, allowed values) at the same field.
            var expected = damage == "blank" ? [ValidationRules.EmptyText, ValidationRules.CodeFormat, "wrong-type"] : new[] { rule, "wrong-type" };
            if (result.IsValid || !result.Diagnostics.Any(d => d.IsError && d.Path == path && expected.Contains(d.Rule)))
            {
                missed.Add(path);
            }
        }
        Assert.True(missed.Count == 0, "not caught at: " + string.Join(", ", missed.Take(20)));
    }

    private static JsonNode? Select(JsonNode root, string path)
    {
        var node = root;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]"))
        {
            node = m.Groups[1].Success ? node![m.Groups[1].Value] : node![int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)];
        }
        return node;
    }

    [Fact]
    public void The_messages_name_the_character_and_its_position()
    {
        var d = Error(ValidateChanged("$.contact.person", S("陈\u200B璟")), ValidationRules.InvisibleCharacter, "$.contact.person");
        Assert.Equal("第 2 个字符是零宽空格（U+200B），打印不出或会打乱文字；请删去", d.Message);
        var emoji = Error(ValidateChanged("$.contact.person", S("陈璟\U0001F600")), ValidationRules.InvisibleCharacter, "$.contact.person");
        Assert.Equal("第 3 个字符是表情符号或特殊符号（公文字体中没有）（U+1F600），打印不出或会打乱文字；请删去", emoji.Message);
        var nonCharacter = Error(ValidateChanged("$.contact.person", S("陈\uFFFF璟")), ValidationRules.InvisibleCharacter, "$.contact.person");
        Assert.Equal("第 2 个字符是非字符（文件可能已损坏）（U+FFFF），打印不出或会打乱文字；请删去", nonCharacter.Message);
        // Characters outside the basic plane that fonts have are text: 𠀀 (CJK extension B).
        Assert.True(ValidateChanged("$.contact.person", S("陈\U00020000璟")).IsValid);
        var huge = Error(ValidateChanged("$.projects[0].overview", S(new string('长', 32_768))), ValidationRules.TextLength, "$.projects[0].overview");
        Assert.Equal("文字有 32,768 个字符，超过上限 32,767 个字符（工作簿的一个单元格放不下）；请缩短", huge.Message);
        Assert.DoesNotContain(ValidateChanged("$.projects[0].overview", S(new string('长', 32_767))).Diagnostics, d => d.Rule == ValidationRules.TextLength);
        var blank = Error(ValidateChanged("$.threePublic.reasons.total", S(" \u3000 ")), ValidationRules.EmptyText, "$.threePublic.reasons.total");
        Assert.StartsWith("文字只有空白字符", blank.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("人员减少减少，退休2人", "词语重复：“减少减少”（是否多写了一遍？）", Severity.Warning)]
    [InlineData("较上年增加10万元万元", "单位重复：“万元万元”", Severity.Error)]
    [InlineData("人员经费占比45.2，较上年下降", "“占比45.2”后缺少百分号“%”", Severity.Warning)]
    [InlineData("减少12,000元，即1.2万元", "同一段文字中金额单位“元”和“万元”混用；请统一为一种单位", Severity.Warning)]
    [InlineData("XX项目完结", "文字中有模板残留或占位符“XX”；请换成实际内容", Severity.Error)]
    public void Review_practice_checks_of_free_text(string reason, string message, Severity severity)
    {
        var result = ValidateChanged("$.expenditure.functional[0].children[0].children[0].reason", S(reason));

        var d = Assert.Single(result.Diagnostics, d => d.Path == "$.expenditure.functional[0].children[0].children[0].reason");
        Assert.Equal((message, severity), (d.Message, d.Severity));
    }

    [Fact]
    public void Legitimate_texts_raise_nothing()
    {
        foreach (var text in new[] { "增长12人", "占全年的三成", "XXL 型号" , "常常", "2024年预算数为2,399,070.27元" })
        {
            var result = ValidateChanged("$.expenditure.functional[0].children[0].children[0].reason", S(text));
            Assert.True(result.Diagnostics.Count == 0, text + ": " + TestData.Join(result.Diagnostics));
        }
    }

    [Fact]
    public void Empty_duties_and_overall_goals_are_errors()
    {
        Error(ValidateChanged("$.profile.duties", new JsonArray()), ValidationRules.EmptyList, "$.profile.duties");
        Error(ValidateChanged("$.performance.overallGoals", new JsonArray()), ValidationRules.EmptyList, "$.performance.overallGoals");
    }

    [Fact]
    public void Yuan_figures_labelled_wan_yuan_are_caught()
    {
        var d = Error(ValidateChanged("$.department.amountUnit", S("万元")), ValidationRules.UnitPlausibility, "$.department.amountUnit");
        Assert.Contains("数据是否其实以元为单位", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Procurement_from_a_fund_without_income_is_an_error()
    {
        var d = Error(ValidateChanged("$.procurement[0].fund", S("governmentFund")), ValidationRules.ProcurementFund, "$.procurement[0].fund");
        Assert.Contains("但本部门没有这项收入", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_years_agency_operating_beyond_last_years_budget_is_an_error()
    {
        var d = Error(ValidateChanged("$.agencyOperating.lastYear", N(100_000_000_000m)), ValidationRules.AgencyOperating, "$.agencyOperating.lastYear");
        Assert.Contains("超过2023年一般公共预算财政拨款支出", d.Message, StringComparison.Ordinal);
        var huge = Validate(TestData.Mutate("$.agencyOperating.lastYear", N(100_000_000_000_000_000_000m)));
        Assert.Contains("过大：绝对值不能超过 1,000,000,000,000,000", Assert.Single(huge.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_decimal_is_refused_at_load_without_an_exception()
    {
        var result = Validate(TestData.ReferenceJson.Replace("\"services\": 1200000.00", "\"services\": 79228162514264337593543950335", StringComparison.Ordinal));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("$.procurement[0].services", d.Path);
        Assert.StartsWith("数字 79228162514264337593543950335 过大", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_public_below_what_the_basic_budget_spends_on_it_is_an_error()
    {
        var d = Error(ValidateChanged("$.threePublic.thisYear.vehicleOperation", N(0m)), ValidationRules.ThreePublicEconomic, "$.threePublic.thisYear.vehicleOperation");
        Assert.Equal("“三公”经费中的公务用车运行维护费为 0.00 元，少于部门预算支出经济分类 30231 的 40,000.00 元（基本支出 40,000.00 元，项目支出 0.00 元），相差 40,000.00 元（“三公”经费包含基本支出和项目支出中的这部分）", d.Message);
    }

    [Fact]
    public void Three_public_below_what_basic_and_project_spending_hold_together_is_an_error()
    {
        // 项目支出 also pays 公务接待费 (30201 办公费 reclassified as 30217): the stated 47,500 no longer covers it.
        var result = Validate(TestData.Mutate(
            ("$.economic.projectDepartment[0].children[0].code", S("30217")),
            ("$.economic.projectDepartment[0].children[0].name", S("公务接待费"))));

        var d = Error(result, ValidationRules.ThreePublicEconomic, "$.threePublic.thisYear.reception");
        Assert.Equal("“三公”经费中的公务接待费为 47,500.00 元，少于部门预算支出经济分类 30217 的 595,500.00 元（基本支出 47,500.00 元，项目支出 548,000.00 元），相差 548,000.00 元（“三公”经费包含基本支出和项目支出中的这部分）", d.Message);
        Assert.DoesNotContain(result.Diagnostics, x => x.Severity == Severity.Warning && x.Rule == ValidationRules.ThreePublicEconomic);
    }

    [Fact]
    public void The_full_name_of_the_department_is_the_same_in_its_own_unit()
    {
        var d = Error(ValidateChanged("$.department.units[0].name", S("重庆市渝北区政务服务办公室（本级）")), ValidationRules.FullName, "$.department.units[0].name");
        Assert.Equal("本级单位的名称“重庆市渝北区政务服务办公室（本级）”与部门全称“重庆市渝北区政务服务管理办公室”不一致（应为“重庆市渝北区政务服务管理办公室（本级）”）", d.Message);
    }
}
