namespace ReportGen.Core.Model;

/// <summary>Chinese names of the sources of money, as the disclosure tables spell them.</summary>
public static class FundSourceNames
{
    public static string ChineseName(this FundSource source) => source switch
    {
        FundSource.GeneralBudget => "一般公共预算财政拨款",
        FundSource.GovernmentFund => "政府性基金预算财政拨款",
        FundSource.StateCapital => "国有资本经营预算财政拨款",
        FundSource.SpecialAccount => "财政专户管理资金",
        FundSource.Business => "事业收入",
        FundSource.SuperiorSubsidy => "上级补助收入",
        FundSource.SubordinateRemittance => "附属单位上缴收入",
        FundSource.Operating => "事业单位经营收入",
        FundSource.Other => "其他收入",
        FundSource.CarryOver => "上年结转",
        FundSource.BusinessFund => "用事业基金弥补收支差额",
        _ => source.ToString(),
    };
}
