using System.Text.Json.Nodes;
using ReportGen.Core.Documents;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

/// <summary>The wording adapts to the data: increases, decreases, unchanged and new items, funds, units, projects.</summary>
public sealed class VariationTests
{
    private static string Paragraph(JsonNode json, string start) =>
        Assert.Single(Build.Paragraphs(json), p => p.StartsWith(start, StringComparison.Ordinal));

    private static string[] Row(Table table, string firstCell) =>
        Assert.Single(TableGrid.Expand(table, table.BodyRows), r => r[0] == firstCell);

    [Fact]
    public void A_decrease_and_an_increase_with_their_reasons()
    {
        var json = Build.ReferenceJson();
        Assert.Equal("（1）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）2024年预算数为2,399,070.27元，较2023年减少240,733.18元，下降9.1%。主要原因是人员减少，退休2人。",
            Paragraph(json, "（1）一般公共服务支出"));
        Assert.Equal("（6）社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）2024年预算数为92,510元，较2023年增加15,700元，增长20.4%。主要原因是退休人员增加健康休养费增加。",
            Paragraph(json, "（6）"));
    }

    [Fact]
    public void An_unchanged_item_says_so_in_the_text_and_zero_percent_in_the_table()
    {
        var json = Build.ReferenceJson();
        Mutate.Item(json, "2101101")["lastYear"] = 172217.80m;
        Assert.Equal("（7）卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）2024年预算数为172,217.8元，与上年持平。", Paragraph(json, "（7）"));
        var row = Row(Build.Tables(json, "表五").Single(), "2101101");
        Assert.Equal(("172,217.80", "172,217.80", "0%"), (row[2], row[3], row[6]));
    }

    [Fact]
    public void A_new_item_has_no_change_and_no_percentage()
    {
        var json = Build.ReferenceJson();
        var item = Mutate.Item(json, "2101102");
        item.Remove("lastYear");
        item["reason"] = "新设事业单位医疗科目";
        Assert.Equal("（8）卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）2024年预算数为71,038.4元，为新增科目。主要原因是新设事业单位医疗科目。",
            Paragraph(json, "（8）"));
        var row = Row(Build.Tables(json, "表五").Single(), "2101102");
        Assert.Equal(("", "71,038.40", ""), (row[2], row[3], row[6]));
    }

    [Fact]
    public void A_department_without_government_fund_says_so()
    {
        var json = Build.ReferenceJson();
        Assert.Contains("重庆市渝北区政务服务管理办公室2024年无使用政府性基金预算拨款安排的支出。", Build.Paragraphs(json));
        Assert.Equal(["备注：本部门无政府性基金收支，故此表无数据。"], Build.Tables(json, "表十一").Single().Notes);
    }

    [Fact]
    public void A_department_with_government_fund_describes_it_and_fills_its_table()
    {
        var json = Build.ReferenceJson();
        json["expenditure"]!["functional"]!.AsArray().Add(JsonNode.Parse("""
            { "code": "212", "name": "城乡社区支出", "children": [ { "code": "21208", "name": "国有土地使用权出让收入安排的支出", "children": [
              { "code": "2120801", "name": "征地和拆迁补偿支出", "fund": "governmentFund", "basic": 0, "project": 500000, "lastYear": 400000, "reason": "征地项目增加" } ] } ] }
            """));
        json["income"]!["governmentFund"] = JsonNode.Parse("""{ "amount": 500000, "lastYear": 400000 }""");
        var paragraphs = Build.Paragraphs(json);
        Assert.Contains("2024年政府性基金预算财政拨款支出500,000元，较2023年增加100,000元。", paragraphs);
        Assert.Contains("（1）城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）2024年预算数为500,000元，较2023年增加100,000元，增长25%。主要原因是征地项目增加。", paragraphs);
        Assert.Contains("其中：一般公共预算财政拨款收入17,625,499.55元占97.2%、政府性基金预算财政拨款收入500,000元占2.8%。", Paragraph(json, "（一）收入预算："));
        var fund = Build.Tables(json, "表十一").Single();
        Assert.Empty(fund.Notes);
        Assert.Equal(["2120801", "征地和拆迁补偿支出", "500,000.00", "", "500,000.00"], Row(fund, "2120801"));
        var fiscal = Build.Tables(json, "表四").Single();
        Assert.Equal(["一、本年收入", "18,125,499.55", "一、本年支出", "18,125,499.55", "17,625,499.55", "500,000.00", ""], Row(fiscal, "一、本年收入"));
        // 一般公共预算 figures stay those of the general budget only.
        Assert.StartsWith("2024年一般公共预算财政拨款收入17,625,499.55元，一般公共预算财政拨款支出17,625,499.55元，较2023年减少814,031.99元。", Paragraph(json, "2024年一般公共预算财政拨款收入"));
    }

    [Fact]
    public void With_other_sources_the_general_budget_basic_and_project_changes_come_from_generalBudgetLastYear()
    {
        var json = Build.ReferenceJson();
        json["expenditure"]!["functional"]!.AsArray().Add(JsonNode.Parse("""
            { "code": "212", "name": "城乡社区支出", "children": [ { "code": "21208", "name": "国有土地使用权出让收入安排的支出", "children": [
              { "code": "2120801", "name": "征地和拆迁补偿支出", "fund": "governmentFund", "basic": 0, "project": 500000, "lastYear": 400000, "reason": "征地项目增加" } ] } ] }
            """));
        json["income"]!["governmentFund"] = JsonNode.Parse("""{ "amount": 500000, "lastYear": 400000 }""");
        json["expenditure"]!["lastYear"] = JsonNode.Parse("""{ "basic": 5490492.54, "project": 13349039.00 }""");
        // Without the 一般公共预算 split the comparison cannot be made and is left out.
        Assert.StartsWith("（1）基本支出4,995,499.55元，占28.3%，其中：", Paragraph(json, "（1）基本支出"));
        json["expenditure"]!["generalBudgetLastYear"] = JsonNode.Parse("""{ "basic": 5490492.54, "project": 12949039.00 }""");
        Assert.StartsWith("（1）基本支出4,995,499.55元，占28.3%，较2023年减少494,992.99元，主要原因是人员减少，调出1人，退休2人，其中：", Paragraph(json, "（1）基本支出"));
        Assert.StartsWith("（2）项目支出12,630,000元，占71.7%，较2023年减少319,039元，", Paragraph(json, "（2）项目支出"));
    }

    [Fact]
    public void A_department_shown_in_wan_yuan()
    {
        var json = Build.ReferenceJson();
        json["department"]!["displayUnit"] = "万元";
        Assert.StartsWith("（一）收入预算：2024年年初预算总收入1,762.55万元，其中：一般公共预算财政拨款收入1,762.55万元占100%。收入较2023年减少81.40万元",
            Paragraph(json, "（一）收入预算："));
        Assert.Contains("因公出国（境）费用0万元，与上年持平；公务接待费4.75万元，与上年持平；公务用车运行维护费4.00万元，较2023年减少0.50万元", Paragraph(json, "2024年“三公”经费预算8.75万元"));
        var summary = Build.Tables(json, "表一").Single();
        Assert.Equal("单位：万元", summary.RightCaption);
        Assert.Equal(["合计", "1,762.55", "合计", "1,762.55"], Row(summary, "合计"));
        Assert.Contains("区级支出（万元）", TableGrid.Expand(Build.Tables(json, "表十七")[0], Build.Tables(json, "表十七")[0].BodyRows).SelectMany(r => r));
    }

    [Fact]
    public void Data_in_wan_yuan_is_shown_as_it_is()
    {
        var json = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportGen.Templating.Tests", "Golden", "no-projects.json")))!;
        json["department"]!["amountUnit"] = "万元";
        json["income"]!["generalBudget"] = JsonNode.Parse("""{ "amount": 203.41, "lastYear": 200 }""");
        Assert.StartsWith("（一）收入预算：2024年年初预算总收入203.41万元，其中：一般公共预算财政拨款收入203.41万元占100%。收入较2023年增加3.41万元",
            Paragraph(json, "（一）收入预算："));
    }

    [Fact]
    public void A_department_without_projects()
    {
        var json = Build.ReferenceJson();
        json["projects"] = new JsonArray();
        Assert.Equal("（三）绩效目标设置情况。2024年重庆市渝北区政务服务管理办公室无项目支出，未设置项目绩效目标。", Paragraph(json, "（三）绩效目标设置情况。"));
        var general = Assert.Single(Build.Tables(json, "表十七"));
        Assert.Equal(["备注：本部门无一般项目绩效。"], general.Notes);
        Assert.Equal(["备注：本部门无项目支出，故此表无数据。"], Build.Tables(json, "表十三").Single().Notes);
    }

    [Fact]
    public void A_department_with_twenty_projects()
    {
        var json = Build.ReferenceJson();
        var projects = new JsonArray();
        for (var i = 1; i <= 20; i++)
        {
            projects.Add(Mutate.CloneProject(json, i, 10000m * i));
        }
        json["projects"] = projects;
        Assert.Equal("（三）绩效目标设置情况。2024年项目支出均实行了绩效目标管理，涉及项目20个，涉及当年财政拨款2,100,000元（其中当年一般公共预算财政拨款安排项目20个，金额2,100,000元）。纳入重点绩效评价的项目0个，金额0元。纳入一般绩效目标评价的项目20个，金额2,100,000元。",
            Paragraph(json, "（三）绩效目标设置情况。"));
        var tables = Build.Tables(json, "表十七");
        Assert.Equal(20, tables.Count);
        Assert.Equal("测试项目20", tables[19].BodyRows[0].Cells[1].Text.Split('-')[1]);
        var details = Build.Tables(json, "表十三").Single();
        Assert.Equal(21, details.BodyRows.Count);
        Assert.Equal("2,100,000.00", Row(details, "合计")[4]);
        var contents = Build.Document(Build.Load(json)).Blocks.OfType<Table>().First();
        Assert.Equal(17, contents.BodyRows.Count); // 表十七 listed once
    }

    [Fact]
    public void Characters_of_the_markup_in_the_data_are_kept_as_text()
    {
        var json = Build.ReferenceJson();
        Mutate.Item(json, "2010301")["reason"] = "人员减少|退休[2]人 @注";
        Mutate.Item(json, "2010301")["name"] = "行政运行|#1";
        Assert.EndsWith("主要原因是人员减少|退休[2]人 @注。", Paragraph(json, "（1）一般公共服务支出"));
        Assert.Equal("行政运行|#1", Row(Build.Tables(json, "表三").Single(), "2010301")[1]);
    }

    [Fact]
    public void A_paragraph_whose_last_part_is_empty_does_not_swallow_the_next_heading()
    {
        var json = Build.ReferenceJson();
        json["profile"]!["composition"]!["notes"] = new JsonArray();
        Assert.EndsWith("分别为区行政服务中心、区企业发展服务中心，为区政务办管理的正科级事业单位。", Paragraph(json, "重庆市渝北区政务服务管理办公室（以下简称"));
        Assert.Contains(Build.Document(Build.Load(json)).Blocks.OfType<Heading>(), h => h.FullText == "二、部门预算总体情况");
    }
}
