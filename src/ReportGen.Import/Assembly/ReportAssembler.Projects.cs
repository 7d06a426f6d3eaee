using ReportGen.Core.Model;
using ReportGen.Import.Sheets;
using ReportGen.Import.Tables;

namespace ReportGen.Import.Assembly;

internal sealed partial class ReportAssembler
{
    /// <summary>One 绩效目标表 form of 表十六/十七.</summary>
    private sealed record ProjectForm(Sheet Sheet, bool Key, string? UnitCode, string? UnitName, Cell NameCell, string Code, string Name,
        Figure? Amount, Figure? District, Figure? Town, string? Overview, string? Basis, string? Goal, IReadOnlyList<Indicator> Indicators);

    /// <summary>A row of 表十三.</summary>
    private sealed record ProjectLine(Sheet Sheet, int Row, string UnitName, string Code, string Name, Cell NameCell, string FunctionCode, Cell FunctionCell,
        FundSource? Fund, Figure Total);

    private readonly List<(string Code, string Name)> _formUnits = [];

    private List<Project> Projects(List<FunctionalItem> functional)
    {
        var forms = tables.All(TableKind.KeyProjects).SelectMany(s => ReadForms(s, key: true))
            .Concat(tables.All(TableKind.GeneralProjects).SelectMany(s => ReadForms(s, key: false))).ToList();
        var projectSpending = functional.Leaves().Sum(l => l.Project ?? 0m);
        if (projectSpending != 0m)
        {
            tables.Require(TableKind.Projects, "有项目支出，各项目的功能科目和资金来源来自此表");
        }
        var lines = ReadProjectLines(functional);
        var result = new List<Project>();
        var unused = forms.ToList();
        foreach (var line in lines)
        {
            var path = $"$.projects[{result.Count}]";
            map.Add(path, line.Sheet, line.NameCell);
            map.Add(path + ".code", line.Sheet, line.NameCell);
            map.Add(path + ".functionCode", line.Sheet, line.FunctionCell);
            // 表十三 shows the project by name (some exports "code-name"): its form is found by code, else by name and unit.
            var form = line.Code.Length > 0
                ? unused.FirstOrDefault(f => f.Code == line.Code)
                : unused.Where(f => f.Name == line.Name)
                    .OrderByDescending(f => f.UnitName == line.UnitName)
                    .ThenByDescending(f => f.Amount?.Value == line.Total.Value)
                    .FirstOrDefault();
            if (form is not null)
            {
                unused.Remove(form);
            }
            var code = line.Code.Length > 0 ? line.Code : form?.Code ?? "";
            if (code.Length == 0)
            {
                ctx.Error(ImportRules.CrossTable, line.Sheet, line.NameCell,
                    $"项目“{line.Name}”没有项目编码：{TableKind.Projects.Number()}只列项目名称，编码来自{TableKind.GeneralProjects.Number()}或{TableKind.KeyProjects.Number()}的“专项资金名称”，但那里没有同名项目");
            }
            string unit;
            if (form?.UnitCode is { } formUnit)
            {
                unit = formUnit;
            }
            else if (_formUnits.Concat(_procurementUnits).FirstOrDefault(u => u.Name == line.UnitName) is { Code: not null } known)
            {
                unit = known.Code;
            }
            else
            {
                ctx.Error(ImportRules.Layout, line.Sheet, line.NameCell,
                    $"项目“{line.Name}”的单位“{line.UnitName}”没有单位编码：{TableKind.Projects.Number()}只列单位名称，其编码来自{TableKind.GeneralProjects.Number()}或{TableKind.KeyProjects.Number()}的“编制单位”或{TableKind.Procurement.Number()}的“单位代码”");
                unit = "";
            }
            decimal district = line.Total.Value, town = 0m;
            if (form is not null)
            {
                district = form.District?.Value ?? 0m;
                town = form.Town?.Value ?? 0m;
                if (form.District is { } d)
                {
                    map.Add(path + ".districtAmount", form.Sheet, d.Cell);
                }
                if (form.Town is { } t)
                {
                    map.Add(path + ".townAmount", form.Sheet, t.Cell);
                }
                if (form.Amount is { } amount)
                {
                    ctx.CheckSum(form.Sheet, amount.Cell, $"项目“{form.Code}”的当年预算", district + town, amount.Value, "区级支出+补助镇街");
                    ctx.CheckSum(line.Sheet, line.Total.Cell, $"项目“{line.Name}”的合计", amount.Value, line.Total.Value,
                        $"{(form.Key ? TableKind.KeyProjects : TableKind.GeneralProjects).Number()}的当年预算", ImportRules.CrossTable);
                }
            }
            else
            {
                map.Add(path + ".districtAmount", line.Sheet, line.Total.Cell);
            }
            result.Add(new Project
            {
                Code = code,
                Name = line.Name,
                Unit = unit,
                FunctionCode = line.FunctionCode,
                Fund = line.Fund ?? FundOfProject(line, functional),
                Category = form?.Key == true ? ProjectCategory.Key : ProjectCategory.General,
                DistrictAmount = district,
                TownAmount = town,
                Overview = form?.Overview,
                Basis = form?.Basis,
                Goal = form?.Goal,
                Indicators = form?.Indicators ?? [],
            });
        }
        foreach (var form in unused)
        {
            ctx.Error(ImportRules.CrossTable, form.Sheet, form.NameCell,
                $"项目“{form.Code}-{form.Name}”有绩效目标表，但不在{TableKind.Projects.Number()}（项目支出明细表）中");
        }
        return result;
    }

    /// <summary>A project in the 其他资金 column: the one non-fiscal source that finances 项目支出 of its 项.</summary>
    private FundSource? FundOfProject(ProjectLine line, List<FunctionalItem> functional)
    {
        var funds = functional.Leaves().Where(l => l.Code == line.FunctionCode && (l.Project ?? 0m) != 0m && !Fiscal.Contains(l.FundOrDefault))
            .Select(l => l.FundOrDefault).Distinct().ToList();
        if (funds.Count == 1)
        {
            return funds[0];
        }
        ctx.Error(ImportRules.CrossTable, line.Sheet, line.Total.Cell,
            $"项目“{line.Code}”列在“其他资金”中，但{TableKind.Income.Number()}中科目“{line.FunctionCode}”的项目支出{(funds.Count == 0 ? "没有" : "有多个")}其他资金来源，无法确定其资金来源");
        return null;
    }

    private List<ProjectLine> ReadProjectLines(List<FunctionalItem> functional)
    {
        var lines = new List<ProjectLine>();
        if (tables.First(TableKind.Projects) is not { } segment)
        {
            return lines;
        }
        var sheet = segment.Sheet;
        var header = Header.Find(segment, l => l.StartsWith("项目名称", StringComparison.Ordinal));
        if (header is null)
        {
            ctx.Error(ImportRules.Layout, sheet, sheet[Math.Max(0, segment.TitleRow), 0], $"{TableKind.Projects.Describe()}中找不到表头（“项目名称”列）");
            return lines;
        }
        int unitCol = header.Column(l => l.Contains("单位", StringComparison.Ordinal)),
            nameCol = header.Column(l => l.Contains("项目名称", StringComparison.Ordinal)),
            codeCol = header.Column(l => l.Contains("项目编码", StringComparison.Ordinal) || l.Contains("项目代码", StringComparison.Ordinal)),
            funcCol = header.Column(l => l.Contains("科目编码", StringComparison.Ordinal) || l.Contains("功能分类", StringComparison.Ordinal) && l.Contains("编码", StringComparison.Ordinal));
        var split = TreeTable.SplitColumns(header);
        string lei = "", kuan = "";
        var amountCols = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Labels.Count; c++)
        {
            var leaf = header.Leaf(c);
            var role = leaf is "合计" or "总计" or "小计" ? "total" : leaf.Contains("其他", StringComparison.Ordinal) ? "other" : WorkbookTables.FundOf(leaf)?.ToString();
            if (role is not null && c != nameCol && c != unitCol && !amountCols.ContainsKey(role))
            {
                amountCols[role] = c;
            }
        }
        var totals = new Dictionary<string, Figure>();
        var rowFigures = new List<Dictionary<string, Figure>>();
        for (var r = header.BodyStart; r < segment.End; r++)
        {
            var text = TableKinds.Compact(sheet.RowText(r));
            if (text.Length == 0 || TreeTable.IsNote(text) || TreeTable.IsFooter(text))
            {
                continue;
            }
            var nameCell = sheet[r, nameCol];
            var figures = amountCols.ToDictionary(p => p.Key, p => new Figure(ctx.Amount(sheet, sheet[r, p.Value], $"{TableKind.Projects.Number()}第 {r + 1} 行的{header.Leaf(p.Value)}"), sheet[r, p.Value]));
            if (Header.IsTotalLabel(sheet.CellsOf(r).First().Text) || nameCell.IsEmpty)
            {
                if (totals.Count == 0 && figures.Count > 0)
                {
                    totals = figures;
                }
                continue;
            }
            var (code, name) = SplitCodeName(codeCol >= 0 ? sheet[r, codeCol].Text : null, nameCell.Text);
            FundSource? fund = null;
            foreach (var f in Fiscal)
            {
                if (figures.TryGetValue(f.ToString(), out var v) && v.Value != 0m)
                {
                    fund = f;
                }
            }
            var total = figures.TryGetValue("total", out var tf) ? tf : new Figure(0m, nameCell);
            var sum = figures.Where(p => p.Key != "total").Sum(p => p.Value.Value);
            if (figures.ContainsKey("total"))
            {
                ctx.CheckSum(sheet, total.Cell, $"项目“{(code.Length > 0 ? code : name)}”的合计", sum, total.Value, "各资金来源之和");
            }
            rowFigures.Add(figures);
            var (functionCode, functionCell) = split[0] >= 0 && split[1] >= 0 ? TreeTable.SplitCode(sheet, r, split, ref lei, ref kuan)
                : funcCol >= 0 ? (TreeTable.CodePart(sheet[r, funcCol]), sheet[r, funcCol])
                : ("", nameCell);
            lines.Add(new ProjectLine(sheet, r, unitCol >= 0 ? sheet[r, unitCol].Text : "", code, name, nameCell, functionCode, functionCell, fund, total));
        }
        foreach (var (role, figure) in totals)
        {
            var expected = rowFigures.Sum(f => f.TryGetValue(role, out var v) ? v.Value : 0m);
            ctx.CheckSum(sheet, figure.Cell, $"“合计”行的{header.Leaf(amountCols[role])}", expected, figure.Value, "各项目之和");
        }
        if (totals.TryGetValue("total", out var all))
        {
            map.Add("$.projects", sheet, all.Cell);
        }
        return lines;
    }

    /// <summary>"50011221T000000043637-行政效能绩效评价费" → (code, name); the name keeps a second dash ("--一窗综办" → "-一窗综办").</summary>
    internal static (string Code, string Name) SplitCodeName(string? code, string text)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            var prefix = code.Trim() + "-";
            return (code.Trim(), text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text);
        }
        var m = ProjectCode().Match(text);
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : ("", text);
    }

    /// <summary>A project code (letters and digits, 8 or more) before the first dash.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^([0-9A-Za-z]{8,})\s*-(.*)$")]
    private static partial System.Text.RegularExpressions.Regex ProjectCode();

    private IEnumerable<ProjectForm> ReadForms(Segment segment, bool key)
    {
        var sheet = segment.Sheet;
        var starts = segment.Rows.Where(r => sheet.CellsOf(r).Any(c => TableKinds.Compact(c.Text).StartsWith("专项资金名称", StringComparison.Ordinal)
            || TableKinds.Compact(c.Text) == "项目名称")).ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var from = starts[i];
            var to = i + 1 < starts.Count ? starts[i + 1] : segment.End;
            var captionFrom = i == 0 ? segment.Start : starts[i - 1] + 1;
            var caption = Captions.Department(segment with { Start = captionFrom }, from);
            string? unitCode = null, unitName = null;
            if (caption is not null && WorkbookTables.UnitCode.Match(caption.Value) is { Success: true } um)
            {
                unitCode = um.Groups[1].Value;
                unitName = um.Groups[2].Value.Trim();
                if (!_formUnits.Any(u => u.Code == unitCode))
                {
                    _formUnits.Add((unitCode, unitName));
                }
            }
            var nameValue = FormReader.Value(sheet, from, to, "专项资金名称") ?? FormReader.Value(sheet, from, to, "项目名称");
            if (nameValue is null || nameValue.Text.Length == 0)
            {
                continue; // the empty form published when there is no such project
            }
            if ((FormReader.Value(sheet, from, to, "业务主管部门") ?? FormReader.Value(sheet, from, to, "主管部门")) is { } dept
                && WorkbookTables.UnitCode.Match(dept.Text) is { Success: true } dm)
            {
                _formDepartmentCode ??= dm.Groups[1].Value;
            }
            var (code, name) = SplitCodeName(null, nameValue.Text);
            Figure? Amount(string label) => FormReader.Value(sheet, from, to, label) is { } v
                ? new Figure(ctx.Amount(sheet, v.Cell, $"项目“{code}”的{label}"), v.Cell)
                : null;
            string? Text(string label) => FormReader.Value(sheet, from, to, label) is { Text.Length: > 0 } v ? v.Text : null;
            yield return new ProjectForm(sheet, key, unitCode, unitName, nameValue.Cell, code, name,
                Amount("当年预算"), Amount("区级支出"), Amount("补助镇街"),
                Text("项目概况"), Text("立项依据"), Text("当年绩效目标") ?? Text("年度绩效目标"),
                FormReader.Indicators(ctx, sheet, from, to));
        }
    }
}
