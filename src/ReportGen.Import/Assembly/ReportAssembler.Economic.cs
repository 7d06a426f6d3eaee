using ReportGen.Core.Model;
using ReportGen.Import.Tables;

namespace ReportGen.Import.Assembly;

internal sealed partial class ReportAssembler
{
    /// <summary>表六 to 表九: the four economic classification trees, 人员经费 and 公用经费 from 表六's columns.</summary>
    private EconomicClassification Economic(List<FunctionalItem> functional)
    {
        var generalProject = functional.ForFund(FundSource.GeneralBudget).Sum(i => i.SumProject());
        if (generalProject != 0m)
        {
            tables.Require(TableKind.ProjectDepartment, "一般公共预算有项目支出，其部门预算支出经济分类来自此表");
            tables.Require(TableKind.ProjectGovernment, "一般公共预算有项目支出，其政府预算支出经济分类来自此表");
        }
        var basicDepartment = tables.Tree(TableKind.BasicDepartment);
        decimal? personnel = null, @public = null;
        if (basicDepartment is not null)
        {
            basicDepartment.CheckSums(ctx, EconomicLengths);
            CheckOrphans(basicDepartment, EconomicLengths);
            if (basicDepartment.Columns.ContainsKey("total") && basicDepartment.Columns.ContainsKey("personnel") && basicDepartment.Columns.ContainsKey("public"))
            {
                foreach (var row in basicDepartment.Total is null ? basicDepartment.Rows : basicDepartment.Rows.Prepend(basicDepartment.Total))
                {
                    var label = row.Code.Length == 0 ? "“合计”行" : $"“{row.Code} {row.Name}”";
                    ctx.CheckSum(basicDepartment.Sheet, row.Amounts["total"].Cell, $"{label}的{basicDepartment.Header.Leaf(basicDepartment.Columns["total"])}",
                        row["personnel"] + row["public"], row["total"], "人员经费+公用经费");
                }
            }
            if (basicDepartment.Total is { } total && basicDepartment.Columns.ContainsKey("personnel") && basicDepartment.Columns.ContainsKey("public"))
            {
                personnel = total["personnel"];
                @public = total["public"];
                map.Add("$.economic.personnelTotal", basicDepartment.Sheet, total.Amounts["personnel"].Cell);
                map.Add("$.economic.publicTotal", basicDepartment.Sheet, total.Amounts["public"].Cell);
                map.Add("$.economic", basicDepartment.Sheet, total.Amounts["total"].Cell);
            }
        }
        return new EconomicClassification
        {
            BasicDepartment = EconomicTree(basicDepartment, "$.economic.basicDepartment", withKind: true),
            BasicGovernment = EconomicTree(Checked(TableKind.BasicGovernment), "$.economic.basicGovernment", withKind: false),
            ProjectDepartment = EconomicTree(Checked(TableKind.ProjectDepartment), "$.economic.projectDepartment", withKind: false),
            ProjectGovernment = EconomicTree(Checked(TableKind.ProjectGovernment), "$.economic.projectGovernment", withKind: false),
            PersonnelTotal = personnel,
            PublicTotal = @public,
        };
    }

    private TreeTable? Checked(TableKind kind)
    {
        var table = tables.Tree(kind);
        if (table is not null)
        {
            table.CheckSums(ctx, EconomicLengths);
            CheckOrphans(table, EconomicLengths);
        }
        return table;
    }

    private List<EconomicItem> EconomicTree(TreeTable? table, string listPath, bool withKind)
    {
        if (table is null)
        {
            return [];
        }
        var amount = withKind ? "total" : "amount";
        if (table.Total is { } total && total.Amounts.TryGetValue(amount, out var t))
        {
            map.Add(listPath, table.Sheet, t.Cell);
        }
        var result = new List<EconomicItem>();
        foreach (var cls in table.Rows.Where(r => r.Code.Length == 3))
        {
            var path = $"{listPath}[{result.Count}]";
            var children = new List<EconomicItem>();
            var parent = new EconomicItem { Code = cls.Code, Name = cls.Name };
            foreach (var kuan in table.Rows.Where(r => r.Code.Length == 5 && r.Code.StartsWith(cls.Code, StringComparison.Ordinal)))
            {
                var childPath = $"{path}.children[{children.Count}]";
                map.Add(childPath, table.Sheet, kuan.CodeCell);
                map.Add(childPath + ".code", table.Sheet, kuan.CodeCell);
                if (kuan.Amounts.TryGetValue(amount, out var f))
                {
                    map.Add(childPath + ".amount", table.Sheet, f.Cell);
                }
                children.Add(new EconomicItem
                {
                    Code = kuan.Code,
                    Name = kuan.Name,
                    Amount = kuan[amount],
                    Kind = withKind ? KindOf(table, kuan, parent) : null,
                });
            }
            map.Add(path, table.Sheet, cls.CodeCell);
            map.Add(path + ".code", table.Sheet, cls.CodeCell);
            if (cls.Amounts.TryGetValue(amount, out var c))
            {
                map.Add(path + ".amount", table.Sheet, c.Cell);
            }
            result.Add(new EconomicItem { Code = cls.Code, Name = cls.Name, Amount = cls[amount], Children = children });
        }
        return result;
    }

    /// <summary>
    /// 人员经费 or 公用经费 as 表六 prints it, stated only where it differs from the default by 类
    /// (301 and 303 人员经费, others 公用经费).
    /// </summary>
    private CostKind? KindOf(TreeTable table, TreeRow row, EconomicItem parent)
    {
        if (!table.Columns.ContainsKey("personnel") || !table.Columns.ContainsKey("public"))
        {
            return null;
        }
        var (p, q) = (row["personnel"], row["public"]);
        if (p != 0m && q != 0m)
        {
            ctx.Error(ImportRules.Layout, table.Sheet, row.Amounts["personnel"].Cell,
                $"“{row.Code} {row.Name}”同时列有人员经费 {ctx.Money(p)} 和公用经费 {ctx.Money(q)}；一个经济分类款只能属于其中之一");
            return null;
        }
        if (p == 0m && q == 0m)
        {
            return null;
        }
        var kind = p != 0m ? CostKind.Personnel : CostKind.Public;
        var probe = new EconomicItem { Code = row.Code, Name = row.Name };
        return probe.KindOf(parent) == kind ? null : kind;
    }
}
