using ReportGen.Core.Validation;

namespace ReportGen.Core.Tests.Validation;

/// <summary>The 【待填写】 placeholders the importer leaves are refused wherever they stand: texts by the validator, numbers by the loader.</summary>
public sealed class PlaceholderRuleTests : RuleTestBase
{
    [Fact]
    public void Text_placeholder_is_an_error_naming_the_path_and_what_to_fill_in()
    {
        var r = ValidateChanged("$.contact.person", S("【待填写】预算公开联系人姓名"));
        Assert.Equal("尚未填写：预算公开联系人姓名（请把“【待填写】…”换成实际内容后再生成）",
            Error(r, PlaceholderRules.Rule, "$.contact.person").Message);
    }

    [Fact]
    public void Placeholder_inside_a_list_item_or_a_longer_text_is_found()
    {
        var r = ValidateChanged("$.profile.duties[2]", S("推进政务服务标准化建设【待填写】"));
        Assert.Equal("尚未填写：此项（请把“【待填写】…”换成实际内容后再生成）", Error(r, PlaceholderRules.Rule, "$.profile.duties[2]").Message);
    }

    [Fact]
    public void Number_placeholder_is_reported_by_the_loader_as_not_filled_in_not_as_a_wrong_type()
    {
        var r = ValidateChanged("$.agencyOperating.lastYear", S("【待填写】2023年机关运行经费预算数"));
        var d = Error(r, PlaceholderRules.Rule, "$.agencyOperating.lastYear");
        Assert.Equal("尚未填写：2023年机关运行经费预算数（请把“【待填写】…”换成实际内容后再生成）", d.Message);
        Assert.DoesNotContain(r.Diagnostics, x => x.Rule == Core.Loading.LoadRules.WrongType);
    }

    [Fact]
    public void Integer_placeholder_too()
    {
        var r = ValidateChanged("$.assets.vehicles.confidential", S("【待填写】截至2023年12月底机要通信用车（辆）"));
        Assert.Equal("尚未填写：截至2023年12月底机要通信用车（辆）（请把“【待填写】…”换成实际内容后再生成）",
            Error(r, PlaceholderRules.Rule, "$.assets.vehicles.confidential").Message);
    }

    [Fact]
    public void A_string_in_a_number_field_without_the_mark_is_still_a_type_error()
    {
        var r = ValidateChanged("$.agencyOperating.lastYear", S("760901.36"));
        Assert.Equal("应为数字，实际为字符串“760901.36”", Error(r, Core.Loading.LoadRules.WrongType, "$.agencyOperating.lastYear").Message);
    }
}
