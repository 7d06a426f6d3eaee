using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Validation;
using ReportGen.Import.Tests.Support;

namespace ReportGen.Import.Tests;

/// <summary>
/// What no table holds: from --text (this year's file: its last-year figures; last year's file: its
/// this-year figures), matched by code and name; otherwise 【待填写】 placeholders that validate refuses.
/// </summary>
public sealed class TextMergeTests : IDisposable
{
    private readonly ImportRun _run = new();

    public void Dispose() => _run.Dispose();

    private string ReferenceWorkbook() => _run.Workbook(Departments.Reference, "yubei.xlsx");

    /// <summary>
    /// The reference department's 2023 file as far as the import reads it: 2023 基本支出 5,490,492.54 and
    /// 项目支出 12,949,039.00 (the reference's last-year figures), 机关运行经费 760,901.36, and its texts.
    /// Its 项 are listed in another order than 2024's, so matching by position would go wrong.
    /// </summary>
    private static BudgetReport LastYearsFile()
    {
        var r = Departments.Reference;
        FunctionalItem Leaf(string code, string name, decimal basic, decimal project) => new() { Code = code, Name = name, Basic = basic, Project = project, LastYear = null };
        return r with
        {
            Department = r.Department with { Year = 2023 },
            Expenditure = r.Expenditure with
            {
                Functional =
                [
                    new FunctionalItem
                    {
                        Code = "201", Name = "一般公共服务支出", Children =
                        [
                            new FunctionalItem
                            {
                                Code = "20103", Name = "政府办公厅（室）及相关机构事务", Children =
                                [
                                    Leaf("2010306", "政务公开审批", 0m, 12_949_039.00m),
                                    Leaf("2010301", "行政运行", 5_490_492.54m, 0m),
                                ],
                            },
                        ],
                    },
                ],
                BasicReason = "2023年的原因（不应沿用）",
            },
            Economic = r.Economic with
            {
                BasicGovernment = [new EconomicItem { Code = "502", Name = "机关商品和服务支出", Children = [new EconomicItem { Code = "50201", Name = "办公经费", Amount = 760_901.36m }] }],
            },
            ThreePublic = r.ThreePublic with { Reasons = new ThreePublicReasons { VehicleOperation = "2023年的原因（不应沿用）" } },
        };
    }

    [Fact]
    public void Last_years_file_gives_last_years_figures_from_its_this_year_figures_and_keeps_its_texts()
    {
        var reference = Departments.Reference;
        var result = ImportRun.Import(ReferenceWorkbook(), LastYearsFile());
        Assert.Equal("", ImportRun.Messages(result));
        var report = result.Report!;
        Assert.Equal(reference.Expenditure.LastYear, report.Expenditure.LastYear);
        Assert.Equal(760_901.36m, report.AgencyOperating.LastYear);
        Assert.Equal(reference.Profile, report.Profile);
        Assert.Equal(reference.Contact, report.Contact);
        Assert.Equal(reference.Glossary, report.Glossary);
        Assert.Equal(reference.Expenditure.PersonnelUse, report.Expenditure.PersonnelUse);
        Assert.Equal(reference.AgencyOperating.Uses, report.AgencyOperating.Uses);
        // Reasons and this year's assets are year-specific: never taken from last year's file.
        Assert.Null(report.Expenditure.BasicReason);
        Assert.Null(report.ThreePublic.Reasons.VehicleOperation);
        var paths = result.Missing.Select(m => m.Path).ToList();
        Assert.Contains("$.assets.vehicles.confidential", paths);
        Assert.Contains("$.assets.plannedLargeEquipment", paths);
        Assert.Contains("$.expenditure.functional[0].children[0].children[2].reason", paths);
        Assert.Contains("$.expenditure.functional[1].children[0].children[2].reason", paths);
        // 基本支出 fell 9.0 % (below the 10 % threshold): no reason is asked for.
        Assert.DoesNotContain("$.expenditure.basicReason", paths);
        Assert.DoesNotContain("$.expenditure.lastYear.basic", paths);
        Assert.DoesNotContain("$.agencyOperating.lastYear", paths);
        // Every figure a table holds is the workbook's.
        Assert.Equal(Figures.Of(reference).Where(l => l.StartsWith("functional", StringComparison.Ordinal) || l.StartsWith("income", StringComparison.Ordinal)),
            Figures.Of(report).Where(l => l.StartsWith("functional", StringComparison.Ordinal) || l.StartsWith("income", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_text_every_missing_field_is_a_placeholder_listed_by_path()
    {
        var result = ImportRun.Import(ReferenceWorkbook());
        Assert.Equal("", ImportRun.Messages(result));
        Assert.Equal(
        [
            "$.profile.duties[0]", "$.profile.composition.nature", "$.profile.composition.establishment.total",
            "$.expenditure.lastYear.basic", "$.expenditure.lastYear.project",
            "$.expenditure.personnelUse", "$.expenditure.publicUse", "$.expenditure.projectUse",
            "$.agencyOperating.lastYear", "$.agencyOperating.uses",
            "$.assets.vehicles.leader", "$.assets.vehicles.confidential", "$.assets.vehicles.emergency", "$.assets.vehicles.enforcement",
            "$.assets.vehicles.specialTechnical", "$.assets.vehicles.other", "$.assets.largeEquipment",
            "$.assets.plannedVehicles.leader", "$.assets.plannedVehicles.confidential", "$.assets.plannedVehicles.emergency",
            "$.assets.plannedVehicles.enforcement", "$.assets.plannedVehicles.specialTechnical", "$.assets.plannedVehicles.other",
            "$.assets.plannedLargeEquipment",
            "$.glossary[0].term", "$.glossary[0].definition", "$.contact.person", "$.contact.phone",
            "$.expenditure.functional[0].children[0].children[2].reason", "$.expenditure.functional[1].children[0].children[2].reason",
        ], result.Missing.Select(m => m.Path));
        var json = result.ToJson("../schemas/budget.schema.json");
        Assert.Contains("\"duties\": [\n      \"【待填写】职能职责（每条职责一项，不写“一是”“二是”）\"\n    ]", json.ReplaceLineEndings("\n"));
        Assert.Contains("\"total\": \"【待填写】编制总数（人）\"", json);

        // validate refuses it: first the numbers (the loader), ...
        var loaded = FileValidator.ValidateText(json, "yubei.json");
        Assert.False(loaded.IsValid);
        Assert.Contains(loaded.Diagnostics, d => d.Rule == PlaceholderRules.Rule && d.Path == "$.profile.composition.establishment.total"
            && d.Message == "尚未填写：编制总数（人）（请把“【待填写】…”换成实际内容后再生成）");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Rule == LoadRules.WrongType);

        // ... and once the numbers are filled in, every text still holding a placeholder.
        var numbersFilled = System.Text.RegularExpressions.Regex.Replace(json, "\"(total|basic|project|lastYear|leader|confidential|emergency|enforcement|specialTechnical|other|largeEquipment|plannedLargeEquipment)\": \"【待填写】[^\"]*\"", "\"$1\": 0");
        var checkedTexts = FileValidator.ValidateText(numbersFilled, "yubei.json");
        var placeholders = checkedTexts.Diagnostics.Where(d => d.Rule == PlaceholderRules.Rule).Select(d => d.Path).ToList();
        Assert.Equal(
        [
            "$.profile.duties[0]", "$.profile.composition.nature", "$.expenditure.functional[0].children[0].children[2].reason",
            "$.expenditure.functional[1].children[0].children[2].reason", "$.expenditure.personnelUse", "$.expenditure.publicUse",
            "$.expenditure.projectUse", "$.agencyOperating.uses", "$.glossary[0].term", "$.glossary[0].definition", "$.contact.person", "$.contact.phone",
        ], placeholders);
    }

    [Fact]
    public void A_figure_the_workbook_holds_wins_over_the_text_file()
    {
        var reference = Departments.Reference;
        var text = reference with { Income = reference.Income with { GeneralBudget = new IncomeAmount { Amount = 1m, LastYear = 2m } } };
        var result = ImportRun.Import(ReferenceWorkbook(), text);
        Assert.Equal(17_625_499.55m, result.Report!.Income.GeneralBudget!.Amount);
        Assert.Equal(18_439_531.54m, result.Report.Income.GeneralBudget.LastYear);
    }

    /// <summary>Text sheets of a Shanghai-style export ("3.11部门主要职能", "3.13名词解释") give 职能职责 and 名词解释.</summary>
    [Fact]
    public void Text_sheets_of_the_workbook_give_duties_and_glossary()
    {
        var reference = Departments.Reference;
        var path = _run.Workbook(reference, "texts.xlsx", edit: wb =>
        {
            var duties = wb.CreateSheet("3.11部门主要职能");
            duties.CreateRow(0).CreateCell(0).SetCellValue("部门主要职能");
            for (var i = 0; i < reference.Profile.Duties.Count; i++)
            {
                duties.CreateRow(i + 1).CreateCell(0).SetCellValue($"{i + 1}.{reference.Profile.Duties[i]}");
            }
            var glossary = wb.CreateSheet("3.13名词解释");
            var head = glossary.CreateRow(0);
            head.CreateCell(0).SetCellValue("名词");
            head.CreateCell(1).SetCellValue("解释");
            for (var i = 0; i < reference.Glossary.Count; i++)
            {
                var row = glossary.CreateRow(i + 1);
                row.CreateCell(0).SetCellValue(reference.Glossary[i].Term);
                row.CreateCell(1).SetCellValue(reference.Glossary[i].Definition);
            }
        });
        var result = ImportRun.Import(path);
        Assert.Equal(reference.Profile.Duties, result.Report!.Profile.Duties);
        Assert.Equal(reference.Glossary, result.Report.Glossary);
        Assert.DoesNotContain(result.Missing, m => m.Path.StartsWith("$.glossary", StringComparison.Ordinal) || m.Path == "$.profile.duties[0]");
    }

    /// <summary>A text file whose reasons are still placeholders (a next-year starting file) gives no reason: the checklist asks for it.</summary>
    [Fact]
    public void Placeholders_in_the_text_file_are_listed_as_missing_not_copied()
    {
        var reference = Departments.Reference;
        var text = reference with
        {
            Expenditure = reference.Expenditure with
            {
                Functional = [.. reference.Expenditure.Functional.Select(c => c with
                {
                    Children = [.. c.Children.Select(k => k with { Children = [.. k.Children.Select(x => x with { Reason = "【待填写】增减原因" })] })],
                })],
                PublicUse = "【待填写】公用经费用途",
            },
            Contact = reference.Contact with { Person = "【待填写】联系人" },
        };
        var result = ImportRun.Import(_run.Workbook(reference, "next.xlsx"), text);
        var paths = result.Missing.Select(m => m.Path).ToList();
        Assert.Equal(
        [
            "$.expenditure.publicUse", "$.contact.person",
            "$.expenditure.functional[0].children[0].children[2].reason", "$.expenditure.functional[1].children[0].children[2].reason",
        ], paths);
        Assert.Null(result.Report!.Expenditure.Functional[0].Children[0].Children[0].Reason);
    }
}
