namespace ReportGen.Core.Validation;

/// <summary>
/// A partial catalogue of 《政府收支分类科目》 codes and names: the 类 of 支出功能分类, the 项 most
/// departments use, and the common 款 of both economic classifications. It is not a complete list: it is
/// used only to catch a code that was changed while its name was kept (the name belongs to another code).
/// </summary>
internal static class ClassificationCatalog
{
    public static readonly IReadOnlyDictionary<string, string> Functional = Parse("""
        201 一般公共服务支出|203 国防支出|204 公共安全支出|205 教育支出|206 科学技术支出|207 文化旅游体育与传媒支出
        208 社会保障和就业支出|210 卫生健康支出|211 节能环保支出|212 城乡社区支出|213 农林水支出|214 交通运输支出
        215 资源勘探工业信息等支出|216 商业服务业等支出|217 金融支出|219 援助其他地区支出|220 自然资源海洋气象等支出
        221 住房保障支出|222 粮油物资储备支出|224 灾害防治及应急管理支出|227 预备费|229 其他支出|230 转移性支出
        231 债务还本支出|232 债务付息支出|233 债务发行费用支出
        20103 政府办公厅（室）及相关机构事务|2010306 政务公开审批
        20805 行政事业单位养老支出|2080501 行政单位离退休|2080502 事业单位离退休
        2080505 机关事业单位基本养老保险缴费支出|2080506 机关事业单位职业年金缴费支出|2080599 其他行政事业单位养老支出
        21011 行政事业单位医疗|2101101 行政单位医疗|2101102 事业单位医疗|2101103 公务员医疗补助|2101199 其他行政事业单位医疗支出
        22102 住房改革支出|2210201 住房公积金|2210202 提租补贴|2210203 购房补贴
        """);

    /// <summary>项 names that mean the same last two digits in every 款 (2010301 行政运行, 2080101 行政运行 …).</summary>
    public static readonly IReadOnlyDictionary<string, string> FunctionalSuffixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["行政运行"] = "01",
        ["一般行政管理事务"] = "02",
        ["机关服务"] = "03",
        ["事业运行"] = "50",
    };

    public static readonly IReadOnlyDictionary<string, string> DepartmentEconomic = Parse("""
        301 工资福利支出|302 商品和服务支出|303 对个人和家庭的补助|307 债务利息及费用支出|310 资本性支出|399 其他支出
        30101 基本工资|30102 津贴补贴|30103 奖金|30106 伙食补助费|30107 绩效工资|30108 机关事业单位基本养老保险缴费
        30109 职业年金缴费|30110 职工基本医疗保险缴费|30111 公务员医疗补助缴费|30112 其他社会保障缴费|30113 住房公积金
        30114 医疗费|30199 其他工资福利支出
        30201 办公费|30202 印刷费|30203 咨询费|30204 手续费|30205 水费|30206 电费|30207 邮电费|30208 取暖费|30209 物业管理费
        30211 差旅费|30212 因公出国（境）费用|30213 维修（护）费|30214 租赁费|30215 会议费|30216 培训费|30217 公务接待费
        30218 专用材料费|30224 被装购置费|30225 专用燃料费|30226 劳务费|30227 委托业务费|30228 工会经费|30229 福利费
        30231 公务用车运行维护费|30239 其他交通费用|30240 税金及附加费用|30299 其他商品和服务支出
        30301 离休费|30302 退休费|30303 退职（役）费|30304 抚恤金|30305 生活补助|30306 救济费|30307 医疗费补助|30308 助学金
        30309 奖励金|30310 个人农业生产补贴|30399 其他对个人和家庭的补助
        31002 办公设备购置|31003 专用设备购置|31013 公务用车购置
        """);

    public static readonly IReadOnlyDictionary<string, string> GovernmentEconomic = Parse("""
        501 机关工资福利支出|502 机关商品和服务支出|503 机关资本性支出（一）|504 机关资本性支出（二）|505 对事业单位经常性补助
        506 对事业单位资本性补助|507 对企业补助|509 对个人和家庭的补助|599 其他支出
        50101 工资奖金津补贴|50102 社会保障缴费|50103 住房公积金|50199 其他工资福利支出
        50201 办公经费|50202 会议费|50203 培训费|50204 专用材料购置费|50205 委托业务费|50206 公务接待费|50207 因公出国（境）费用
        50208 公务用车运行维护费|50209 维修（护）费|50299 其他商品和服务支出
        50501 工资福利支出|50502 商品和服务支出|50599 其他对事业单位补助
        50901 社会福利和救助|50902 助学金|50903 个人农业生产补贴|50905 离退休费|50999 其他对个人和家庭的补助
        """);

    /// <summary>Full-width parentheses, no spaces: the form the catalogue is compared in.</summary>
    public static string Normalize(string name) =>
        name.Replace('(', '（').Replace(')', '）').Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal).Trim();

    private static Dictionary<string, string> Parse(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in text.Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = entry.IndexOf(' ');
            result.Add(entry[..space], entry[(space + 1)..]);
        }
        return result;
    }
}
