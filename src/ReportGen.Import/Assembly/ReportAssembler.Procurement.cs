using ReportGen.Core.Model;
using ReportGen.Import.Tables;

namespace ReportGen.Import.Assembly;

internal sealed partial class ReportAssembler
{
    private readonly List<(string Code, string Name)> _procurementUnits = [];

    /// <summary>
    /// 表十四: one line per 采购项目; its source of money is the project's whose code opens the item
    /// ("50011223T000002978685--一窗综办运行经费"), set once the projects are read; else --text, else 一般公共预算.
    /// </summary>
    private List<ProcurementLine> Procurement()
    {
        var lines = new List<ProcurementLine>();
        if (tables.First(TableKind.Procurement) is not { } segment)
        {
            return lines;
        }
        var sheet = segment.Sheet;
        var header = Header.Find(segment, l => l.Contains("采购项目", StringComparison.Ordinal) || l.Contains("采购品目", StringComparison.Ordinal));
        if (header is null)
        {
            ctx.Error(ImportRules.Layout, sheet, sheet[Math.Max(0, segment.TitleRow), 0], $"{TableKind.Procurement.Describe()}中找不到表头（“采购项目名称”列）");
            return lines;
        }
        int deptCodeCol = header.Column(l => l.Contains("部门代码", StringComparison.Ordinal) || l.Contains("部门编码", StringComparison.Ordinal)),
            unitCodeCol = header.Column(l => l.Contains("单位代码", StringComparison.Ordinal) || l.Contains("单位编码", StringComparison.Ordinal)),
            unitNameCol = header.Column(l => l.Contains("单位名称", StringComparison.Ordinal)),
            itemCol = header.Column(l => l.Contains("采购项目", StringComparison.Ordinal) || l.Contains("采购品目", StringComparison.Ordinal)),
            totalCol = header.Column(l => l.EndsWith("合计", StringComparison.Ordinal) || l.EndsWith("总计", StringComparison.Ordinal)),
            goodsCol = header.Column(l => l.Contains("货物", StringComparison.Ordinal)),
            worksCol = header.Column(l => l.Contains("工程", StringComparison.Ordinal)),
            servicesCol = header.Column(l => l.Contains("服务", StringComparison.Ordinal));
        Figure? totalRow = null, goodsRow = null, worksRow = null, servicesRow = null;
        for (var r = header.BodyStart; r < segment.End; r++)
        {
            var text = TableKinds.Compact(sheet.RowText(r));
            if (text.Length == 0 || TreeTable.IsNote(text) || TreeTable.IsFooter(text))
            {
                continue;
            }
            Figure Read(int column, string what) => column < 0
                ? new Figure(0m, sheet[r, 0])
                : new Figure(ctx.Amount(sheet, sheet[r, column], what), sheet[r, column]);
            var item = sheet[r, itemCol];
            var isTotal = item.IsEmpty || Header.IsTotalLabel(sheet.CellsOf(r).First().Text);
            var label = isTotal ? "“合计”行" : $"“{item.Text}”";
            var (total, goods, works, services) = (Read(totalCol, label + "的合计"), Read(goodsCol, label + "的货物类"), Read(worksCol, label + "的工程类"), Read(servicesCol, label + "的服务类"));
            if (isTotal)
            {
                if (totalRow is null && sheet.CellsOf(r).Any(c => c.IsNumber || c.Column == totalCol))
                {
                    (totalRow, goodsRow, worksRow, servicesRow) = (total, goods, works, services);
                }
                continue;
            }
            var unitCode = unitCodeCol >= 0 ? TreeTable.CodePart(sheet[r, unitCodeCol]) : "";
            if (unitCode.Length > 0 && !_procurementUnits.Any(u => u.Code == unitCode))
            {
                _procurementUnits.Add((unitCode, unitNameCol >= 0 ? sheet[r, unitNameCol].Text : ""));
            }
            if (deptCodeCol >= 0 && TreeTable.CodePart(sheet[r, deptCodeCol]) is { Length: > 0 } deptCode)
            {
                _procurementDepartmentCode ??= deptCode;
            }
            var path = $"$.procurement[{lines.Count}]";
            map.Add(path, sheet, item);
            map.Add(path + ".unit", sheet, unitCodeCol >= 0 ? sheet[r, unitCodeCol] : item);
            map.Add(path + ".total", sheet, total.Cell);
            map.Add(path + ".goods", sheet, goods.Cell);
            map.Add(path + ".works", sheet, works.Cell);
            map.Add(path + ".services", sheet, services.Cell);
            lines.Add(new ProcurementLine
            {
                Unit = unitCode,
                Item = item.Text,
                Fund = FundSource.GeneralBudget,
                Goods = goods.Value,
                Works = works.Value,
                Services = services.Value,
                Total = totalCol >= 0 ? total.Value : null,
            });
        }
        if (totalRow is { } t)
        {
            ctx.CheckSum(sheet, t.Cell, "政府采购“合计”", lines.Sum(l => l.Total ?? l.ComputedTotal), t.Value, "各采购项目之和");
            ctx.CheckSum(sheet, goodsRow!.Value.Cell, "政府采购货物类合计", lines.Sum(l => l.Goods), goodsRow.Value.Value, "各采购项目之和");
            ctx.CheckSum(sheet, worksRow!.Value.Cell, "政府采购工程类合计", lines.Sum(l => l.Works), worksRow.Value.Value, "各采购项目之和");
            ctx.CheckSum(sheet, servicesRow!.Value.Cell, "政府采购服务类合计", lines.Sum(l => l.Services), servicesRow.Value.Value, "各采购项目之和");
        }
        return lines;
    }

    /// <summary>预算单位: codes and names from 表十四 and the 编制单位 of 表十六/十七, ordered by code (本级 first).</summary>
    private List<BudgetUnit> Units(out bool known)
    {
        var all = _formUnits.Concat(_procurementUnits)
            .Where(u => u.Code.Length > 0)
            .GroupBy(u => u.Code)
            .Select(g => new BudgetUnit { Code = g.Key, Name = g.Select(u => u.Name).FirstOrDefault(n => n.Length > 0) ?? "" })
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ToList();
        known = all.Count > 0;
        return all;
    }
}
