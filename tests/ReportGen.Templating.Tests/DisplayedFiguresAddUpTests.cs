using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Documents;
using ReportGen.Core.Model;
using ReportGen.Core.Sampling;
using ReportGen.Templating.Tests.Support;

namespace ReportGen.Templating.Tests;

/// <summary>
/// 元 data shown in 万元: in the generated document, read back as a reviewer reads it, every displayed
/// total equals the sum of its displayed parts (table by table, row by row and column by column, and in
/// the narrative), and a figure shown in several places (表一, 表三, 表五, the text …) is the same.
/// </summary>
public sealed partial class DisplayedFiguresAddUpTests
{
    public static TheoryData<string> Departments()
    {
        var data = new TheoryData<string> { "reference", "wan-fund-new-unchanged" };
        for (var i = 0; i < 40; i++)
        {
            data.Add("sample-" + i);
        }
        return data;
    }

    private static BudgetReport Report(string name)
    {
        var report = name switch
        {
            "reference" => Build.Load(Build.ReferenceJson()),
            "wan-fund-new-unchanged" => Build.Load(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportGen.Templating.Tests", "Golden", name + ".json")))!),
            _ => SampleGenerator.Generate(7, int.Parse(name["sample-".Length..], CultureInfo.InvariantCulture)),
        };
        return report with { Department = report.Department with { DisplayUnit = AmountUnit.万元 } };
    }

    [Fact]
    public void The_reference_shown_in_wan_no_longer_prints_302_over_rows_that_do_not_add_up()
    {
        var doc = Build.Document(Report("reference"));
        var table6 = Grid(doc, "表六");
        var row302 = table6.Single(r => r[0] == "302");
        var children = table6.Where(r => r[0].StartsWith("302", StringComparison.Ordinal) && r[0].Length == 5).ToList();
        Assert.True(children.Count > 5);
        Assert.Equal(Number(row302[2]), children.Sum(r => Number(r[2])));
        Assert.Equal("104.08", row302[2]);
    }

    [Fact]
    public void A_nonzero_amount_below_the_displayed_step_prints_as_0_00_never_blank_and_the_rows_still_add_up()
    {
        // 30 元 of 医疗费补助 shown in 万元 rounds to 0.00; a blank cell would say there is none.
        var json = Build.ReferenceJson();
        var children = json["economic"]!["basicDepartment"]![2]!["children"]!.AsArray();
        children[0]!["amount"] = 85_770m;
        children[1]!["amount"] = 30m;
        var report = Build.Load(json);
        var doc = Build.Document(report with { Department = report.Department with { DisplayUnit = AmountUnit.万元 } });

        var table6 = Grid(doc, "表六");
        Assert.Equal("0.00", table6.Single(r => r[0] == "30307")[2]);
        Assert.Equal(Number(table6.Single(r => r[0] == "303")[2]), Number(table6.Single(r => r[0] == "30305")[2]));
        // A true zero stays blank: 表六 has no row printed "0.00" but 30307.
        Assert.Equal(["30307"], table6.Where(r => r.Length > 2 && r[2] == "0.00").Select(r => r[0]));
        // Shown in 元 nothing changes: 30.00.
        Assert.Equal("30.00", Grid(Build.Document(report), "表六").Single(r => r[0] == "30307")[2]);
    }

    [Fact]
    public void Last_year_s_project_total_shows_as_the_one_project_item_s_last_year()
    {
        // Both are 12,949,039 元 in the data: the narrative's 项目支出 change and the item's change agree.
        var text = Build.Document(Report("reference")).Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        Assert.Contains(text, p => p.StartsWith("（2）项目支出1,263.00万元，占71.7%，较2023年减少31.91万元", StringComparison.Ordinal));
        Assert.Contains(text, p => p.Contains("政务公开审批（项）2024年预算数为1,263.00万元，较2023年减少31.91万元", StringComparison.Ordinal));
        Assert.Contains(text, p => p.EndsWith("主要是基本支出预算减少49.49万元，项目支出预算减少31.91万元。", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Departments))]
    public void Every_displayed_total_is_the_sum_of_its_displayed_parts(string name)
    {
        var report = Report(name);
        var doc = Build.Document(report);
        var problems = new List<string>();
        void Same(string what, decimal expected, decimal actual)
        {
            if (expected != actual)
            {
                problems.Add($"{what}: {expected} ≠ {actual}");
            }
        }

        // Classification tables: every parent row is the sum of its children, 合计 the sum of the 类 rows,
        // and the row's total column the sum of its part columns.
        var rowSums = new Dictionary<string, (int Total, int[] Parts)>
        {
            ["表二"] = (2, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
            ["表三"] = (2, [3, 4]),
            ["表五"] = (3, [4, 5]),
            ["表六"] = (2, [3, 4]),
            ["表十一"] = (2, [3, 4]),
            ["表十二"] = (2, [3, 4]),
        };
        foreach (var number in new[] { "表二", "表三", "表五", "表六", "表七", "表八", "表九", "表十一", "表十二" })
        {
            var grid = Grid(doc, number);
            CheckTree(number, grid, problems);
            if (rowSums.TryGetValue(number, out var sums))
            {
                foreach (var row in grid)
                {
                    Same($"{number} {row[0]} {row[1]}: 合计列 = 各列之和", Number(row[sums.Total]), sums.Parts.Sum(c => Number(row[c])));
                }
            }
        }

        // 表一: income lines add up to 本年收入合计, class lines to 本年支出合计.
        var t1 = Grid(doc, "表一");
        var carry = t1.FindIndex(r => r[0].StartsWith("二、", StringComparison.Ordinal));
        Same("表一 本年收入合计", Number(t1[1][1]), t1[2..carry].Sum(r => Number(r[1])));
        Same("表一 本年支出合计", Number(t1[1][3]), t1[2..carry].Sum(r => Number(r[3])));
        Same("表一 收入合计", Number(t1[0][1]), Number(t1[1][1]) + t1[carry..].Sum(r => Number(r[1])));

        // 表四: the three sources add up; each class row and the 本年支出 row split over the three sources.
        var t4 = Grid(doc, "表四");
        var t4carry = t4.FindIndex(r => r[0].StartsWith("二、", StringComparison.Ordinal));
        Same("表四 本年收入", Number(t4[0][1]), t4[1..t4carry].Sum(r => Number(r[1])));
        for (var c = 3; c <= 6; c++)
        {
            Same($"表四 本年支出 第{c + 1}列", Number(t4[0][c]), t4[1..t4carry].Sum(r => Number(r[c])));
        }
        foreach (var row in t4.Where(r => r[3].Length > 0))
        {
            Same($"表四 {row[2]} 合计 = 三类之和", Number(row[3]), Number(row[4]) + Number(row[5]) + Number(row[6]));
        }

        // 表十: 合计 = 出国 + 公务用车 + 接待, 公务用车 = 购置 + 运行, both years.
        var t10 = Grid(doc, "表十").Single();
        for (var y = 0; y < 12; y += 6)
        {
            Same("表十 合计", Number(t10[y]), Number(t10[y + 1]) + Number(t10[y + 2]) + Number(t10[y + 5]));
            Same("表十 公务用车小计", Number(t10[y + 2]), Number(t10[y + 3]) + Number(t10[y + 4]));
        }

        // 表十三 and 表十四: the 合计 row is the sum of the lines; each line's 合计 the sum of its columns.
        foreach (var (number, total, parts) in new[] { ("表十三", 4, new[] { 5, 6, 7, 8 }), ("表十四", 5, new[] { 6, 7, 8 }) })
        {
            var grid = Grid(doc, number);
            for (var c = total; c <= parts[^1]; c++)
            {
                Same($"{number} 合计行 第{c + 1}列", Number(grid[0][c]), grid.Skip(1).Sum(r => Number(r[c])));
            }
            foreach (var row in grid)
            {
                Same($"{number} {row[1]} 合计 = 各列之和", Number(row[total]), parts.Sum(c => Number(row[c])));
            }
        }

        // The same figure wherever it appears.
        var t2 = Grid(doc, "表二");
        var t3 = Grid(doc, "表三");
        var t5 = Grid(doc, "表五");
        var t6 = Grid(doc, "表六");
        var t7 = Grid(doc, "表七");
        var t13 = Grid(doc, "表十三");
        Same("表一 支出合计 / 表三 合计", Number(t1[0][3]), Number(t3[0][2]));
        Same("表二 合计 / 表三 合计", Number(t2[0][2]), Number(t3[0][2]));
        Same("表四 一般公共预算 / 表五 合计", Number(t4[0][4]), Number(t5[0][3]));
        Same("表五 基本支出 / 表六 合计", Number(t5[0][4]), Number(t6[0][2]));
        Same("表六 合计 / 表七 合计", Number(t6[0][2]), Number(t7[0][2]));
        if (report.Projects.Count > 0)
        {
            Same("表十三 一般公共预算 / 表五 项目支出", Number(t5[0][5]), Number(t13[0][5]));
            Same("表十三 合计 / 表三 项目支出", Number(t3[0][4]), Number(t13[0][4]));
        }
        if (report.Income.AmountOf(FundSource.GeneralBudget) == report.FunctionalOf(FundSource.GeneralBudget).Sum(i => i.SumTotal()))
        {
            Same("表一 一般公共预算收入 / 表五 合计", Number(t1[2][1]), Number(t5[0][3]));
        }

        // The narrative: its totals are the sums of the parts it lists, and the tables' figures.
        var text = doc.Blocks.OfType<Paragraph>().Select(p => p.Text).ToList();
        var incomeSentence = text.Single(p => p.StartsWith("（一）收入预算：", StringComparison.Ordinal));
        var incomeParts = Amounts(incomeSentence.Split('。')[0]);
        Same("正文 总收入 = 各项收入之和", incomeParts[0], incomeParts.Skip(1).Sum());
        Same("正文 总收入 / 表一 合计", incomeParts[0], Number(t1[0][1]));
        var spendingSentence = text.Single(p => p.StartsWith("（二）支出预算：", StringComparison.Ordinal));
        var spendingParts = Amounts(spendingSentence.Split('。')[0]);
        Same("正文 总支出 = 各类支出之和", spendingParts[0], spendingParts.Skip(1).Sum());
        Same("正文 总支出 / 表三 合计", spendingParts[0], Number(t3[0][2]));
        foreach (var (cls, amount) in Classes(spendingSentence))
        {
            Same($"正文 {cls} / 表三", amount, Number(t3.Single(r => r[1] == cls && r[0].Length == 3)[2]));
        }
        if (text.FirstOrDefault(p => p.StartsWith("（1）基本支出", StringComparison.Ordinal)) is { } basicSentence)
        {
            var b = Amounts(basicSentence);
            Same("正文 基本支出 = 人员经费 + 公用经费", b[0], b[^2] + b[^1]);
            Same("正文 基本支出 / 表五 基本支出", b[0], Number(t5[0][4]));
            Same("正文 人员经费 / 表六", b[^2], Number(t6[0][3]));
            Same("正文 公用经费 / 表六", b[^1], Number(t6[0][4]));
        }
        var threePublic = text.Single(p => p.Contains("“三公”经费预算", StringComparison.Ordinal));
        Same("正文 “三公”经费 / 表十", Amounts(threePublic)[0], Number(t10[0]));

        Assert.True(problems.Count == 0, name + ":\n" + string.Join("\n", problems));
    }

    private static void CheckTree(string number, List<string[]> grid, List<string> problems)
    {
        var coded = grid.Where(r => CodeLike().IsMatch(r[0])).ToList();
        var columns = Enumerable.Range(2, grid.Count > 0 ? grid[0].Length - 2 : 0).Where(c => grid.All(r => r[c].Length == 0 || IsNumber(r[c]))).ToList();
        var total = grid.FirstOrDefault(r => r[0] == "合计");
        var top = coded.Count == 0 ? 0 : coded.Min(r => r[0].Length);
        foreach (var c in columns)
        {
            if (total is not null && coded.Count > 0)
            {
                var sum = coded.Where(r => r[0].Length == top).Sum(r => Number(r[c]));
                if (sum != Number(total[c]))
                {
                    problems.Add($"{number} 合计 第{c + 1}列: {total[c]} ≠ 类之和 {sum}");
                }
            }
            for (var i = 0; i < coded.Count; i++)
            {
                var code = coded[i][0];
                var below = coded.Skip(i + 1).TakeWhile(r => r[0].StartsWith(code, StringComparison.Ordinal) && r[0].Length > code.Length).ToList();
                if (below.Count == 0)
                {
                    continue;
                }
                var level = below.Min(r => r[0].Length);
                var sum = below.Where(r => r[0].Length == level).Sum(r => Number(r[c]));
                if (sum != Number(coded[i][c]))
                {
                    problems.Add($"{number} {code} {coded[i][1]} 第{c + 1}列: {coded[i][c]} ≠ 下级之和 {sum}");
                }
            }
        }
    }

    private static List<string[]> Grid(Document doc, string number)
    {
        var table = doc.Blocks.OfType<Table>().First(t => t.Number == number);
        return [.. TableGrid.Expand(table, table.BodyRows)];
    }

    private static bool IsNumber(string cell) => decimal.TryParse(cell.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static decimal Number(string cell) => cell.Length == 0 ? 0m : decimal.Parse(cell.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static List<decimal> Amounts(string sentence) => [.. Amount().Matches(sentence).Select(m => Number(m.Groups[1].Value))];

    private static IEnumerable<(string Class, decimal Amount)> Classes(string sentence) =>
        ClassAmount().Matches(sentence.Split('。')[0]).Select(m => (m.Groups[1].Value, Number(m.Groups[2].Value)));

    [GeneratedRegex(@"^\d{3,}$")]
    private static partial Regex CodeLike();

    [GeneratedRegex(@"([\d,]+(?:\.\d+)?)万元")]
    private static partial Regex Amount();

    [GeneratedRegex(@"[：、]([^：、占]+?支出)([\d,]+(?:\.\d+)?)万元占")]
    private static partial Regex ClassAmount();
}
