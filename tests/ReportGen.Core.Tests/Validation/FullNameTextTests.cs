using System.Text.Json;
using ReportGen.Core.Loading;
using ReportGen.Core.Sampling;
using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>
/// 部门全称 identical everywhere it appears: a free text that names the department by a variant of its
/// full name (a character missing, added or changed, a shortened old name, another district) is an error
/// at that text with both spellings; other organisations, the department's own units, short names and the
/// city-level counterpart are not.
/// </summary>
public sealed class FullNameTextTests : RuleTestBase
{
    private const string FullName = "重庆市渝北区政务服务管理办公室";

    /// <summary>Texts staff type, in different parts of the data.</summary>
    private static readonly string[] TextFields =
    [
        "$.profile.duties[0]",
        "$.profile.composition.notes[1]",
        "$.projects[0].overview",
        "$.projects[2].goal",
        "$.expenditure.functional[0].children[0].children[0].reason",
        "$.threePublic.reasons.total",
        "$.contact.person",
    ];

    public static TheoryData<string, string, bool> Variants => new()
    {
        { "重庆市渝北区政务服务管理办室", "重庆市渝北区政务服务管理办室", false },       // a character missing
        { "重庆市渝北区政务服务务管理办公室", "重庆市渝北区政务服务务管理办公室", false },   // a character added
        { "重庆市渝北区政务服务管里办公室", "重庆市渝北区政务服务管里办公室", false },     // a character changed
        { "渝北区政务服务管理办公厅", "渝北区政务服务管理办公厅", false },               // changed, without the city
        { "重庆市渝北区政务服务办公室", "重庆市渝北区政务服务办公室", false },           // a shortened (old) name
        { "重庆市江北区政务服务管理办公室", "重庆市江北区政务服务管理办公室", true },     // another district
        { "沙坪坝区政务服务管理办公室", "沙坪坝区政务服务管理办公室", true },             // another district, without the city
        { "重庆市渝比区政务服务管理办公室", "重庆市渝比区政务服务管理办公室", true },     // the district misspelt
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_variant_of_the_full_name_in_a_free_text_is_an_error_with_both_spellings(string variant, string written, bool otherDistrict)
    {
        foreach (var path in TextFields)
        {
            var result = ValidateChanged(path, S("按照要求，" + variant + "负责组织实施。"));

            var d = Error(result, ValidationRules.FullName, path);
            Assert.Equal(otherDistrict
                ? $"文字中的“{written}”与部门全称“{FullName}”的区县不同；部门全称应处处一致，请改为“{FullName}”"
                : $"文字中的“{written}”与部门全称“{FullName}”不一致（多字、少字或错字）；部门全称应处处一致，请改为“{FullName}”", d.Message);
        }
    }

    [Theory]
    [InlineData("重庆市渝北区政务服务管理办公室负责组织实施。")]
    [InlineData("渝北区政务服务管理办公室（本级）承担。")]
    [InlineData("按照重庆市政务服务管理办公室的要求，区政务办会同区财政局开展。")]
    [InlineData("经重庆市渝北区财政局批复，渝北区行政服务中心、区企业发展服务中心实施。")]
    [InlineData("全区政务服务体系建设，重庆市人民政府办公厅统筹。")]
    [InlineData("江北区政务服务中心、沙坪坝区行政服务中心到渝北区交流。")]
    [InlineData("重庆市渝北区政务服务管理办公室（以下简称“渝北区政务服务管理办”）；渝北区政务服务管理办负责。")]
    public void Legitimate_mentions_are_not_findings(string text)
    {
        var result = ValidateChanged("$.projects[0].overview", S(text));

        Assert.True(result.Diagnostics.Count == 0, TestData.Join(result.Diagnostics));
    }

    [Fact]
    public void A_short_name_declared_in_one_text_may_be_used_in_another()
    {
        var result = Validate(TestData.Mutate(
            ("$.profile.duties[0]", S("重庆市渝北区政务服务管理办公室（以下简称“渝北区政务服务管理办”）贯彻执行有关法律法规。")),
            ("$.projects[0].overview", S("由渝北区政务服务管理办组织实施。"))));

        Assert.True(result.Diagnostics.Count == 0, TestData.Join(result.Diagnostics));
    }

    [Fact]
    public void A_short_core_allows_no_edit_since_one_changed_character_is_another_organisation()
    {
        // 财政局's texts name 民政局 and 税务局 of the same district; only another district is a variant.
        var json = SampleOf("财政局");
        var district = JsonDocument.Parse(json).RootElement.GetProperty("department").GetProperty("district").GetString()!;
        var other = district == "江北区" ? "南岸区" : "江北区";
        var ok = TestData.Mutate(json, "$.contact.person", S($"会同重庆市{district}民政局、{district}税务局及重庆市财政局办理"));
        Assert.True(FileValidator.ValidateText(ok, "s.json").Diagnostics.All(d => d.Rule != ValidationRules.FullName));

        var wrong = FileValidator.ValidateText(TestData.Mutate(json, "$.contact.person", S($"重庆市{other}财政局")), "s.json");
        Assert.Contains(wrong.Diagnostics, d => d.Rule == ValidationRules.FullName && d.Path == "$.contact.person" && d.Message.Contains($"“重庆市{other}财政局”", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reference_and_every_sample_department_have_no_finding()
    {
        Assert.DoesNotContain(Validate(TestData.ReferenceJson).Diagnostics, d => d.Rule == ValidationRules.FullName);
        for (var i = 0; i < 200; i++)
        {
            var json = JsonSerializer.Serialize(SampleGenerator.Generate(1, i), BudgetJson.Options);
            var found = FileValidator.ValidateText(json, "s.json").Diagnostics.Where(d => d.Rule == ValidationRules.FullName).ToList();
            Assert.True(found.Count == 0, $"sample {i}: " + TestData.Join(found));
        }
    }

    /// <summary>A sample department of the given kind (its name ends with <paramref name="kind"/>).</summary>
    private static string SampleOf(string kind)
    {
        for (var i = 0; ; i++)
        {
            var report = SampleGenerator.Generate(1, i);
            if (report.Department.Name.EndsWith(kind, StringComparison.Ordinal) && report.Department.Name.Length == 6 + kind.Length)
            {
                return JsonSerializer.Serialize(report, BudgetJson.Options);
            }
        }
    }
}
