namespace ReportGen.Core.Validation;

/// <summary>Rule identifiers (<see cref="Diagnostics.Diagnostic.Rule"/>) of the semantic checks; docs/data-format.md lists them.</summary>
public static class ValidationRules
{
    /// <summary>A stated total differs from the sum of its parts.</summary>
    public const string Sum = "sum";
    /// <summary>A classification code of the wrong length or not digits.</summary>
    public const string CodeFormat = "code-format";
    /// <summary>A child code that does not extend its parent's, or a tree too deep or too shallow.</summary>
    public const string CodeNesting = "code-nesting";
    /// <summary>A code whose name is the catalogue name of another code (the code was changed, the name kept).</summary>
    public const string CodeName = "code-name";
    /// <summary>A code (functional: code and fund) that occurs twice.</summary>
    public const string CodeDuplicate = "code-duplicate";
    /// <summary>A field set where it means nothing (fund on a 类/款, kind outside 基本支出).</summary>
    public const string Misplaced = "misplaced";
    /// <summary>Income by source differs from the expenditure financed by it, or the totals differ.</summary>
    public const string IncomeExpenditure = "income-expenditure";
    /// <summary>一般公共预算 by 功能分类, 部门经济分类 and 政府经济分类 differ.</summary>
    public const string ClassificationBalance = "classification-balance";
    /// <summary>人员经费 + 公用经费 differ from 基本支出, or a stated figure from the derived one.</summary>
    public const string PersonnelPublic = "personnel-public";
    /// <summary>Project budgets do not add up to 项目支出.</summary>
    public const string Projects = "projects";
    /// <summary>A unit code not among department.units.</summary>
    public const string UnitReference = "unit-ref";
    /// <summary>A negative amount or count.</summary>
    public const string Negative = "negative";
    /// <summary>An amount with more than two decimals.</summary>
    public const string Precision = "precision";
    /// <summary>A year out of range.</summary>
    public const string Year = "year";
    /// <summary>An empty required text.</summary>
    public const string EmptyText = "empty-text";
    /// <summary>Last year's figures disagree with each other.</summary>
    public const string LastYear = "last-year";
    /// <summary>“三公”经费 of a year exceed that year's 一般公共预算 expenditure.</summary>
    public const string ThreePublicLimit = "three-public-limit";
    /// <summary>(warning) “三公”经费 items disagree with the economic classification.</summary>
    public const string ThreePublicEconomic = "three-public-economic";
    /// <summary>机关运行经费 stated differs from 基本支出 502.</summary>
    public const string AgencyOperating = "agency-operating";
    /// <summary>(warning) A material change without a reason.</summary>
    public const string ChangeReason = "change-reason";
    /// <summary>(warning) Indicator weights that do not add up to 100.</summary>
    public const string IndicatorWeights = "indicator-weights";
    /// <summary>An indicator nature other than ≥, ≤, = or 定性.</summary>
    public const string IndicatorNature = "indicator-nature";
    /// <summary>A display unit the data cannot be shown in.</summary>
    public const string DisplayUnit = "display-unit";

    /// <summary>A control or invisible character in a text.</summary>
    public const string InvisibleCharacter = "invisible-character";

    /// <summary>Template residue or a placeholder left in a text ("XX", "××", "{单位}").</summary>
    public const string Residue = "residue";

    /// <summary>A unit or word written twice ("万元万元", "增加增加").</summary>
    public const string Doubled = "doubled";

    /// <summary>A share or rate without its "%".</summary>
    public const string Percent = "percent";

    /// <summary>元 and 万元 mixed in one text.</summary>
    public const string MixedUnits = "mixed-units";

    /// <summary>A list that needs at least one entry is empty.</summary>
    public const string EmptyList = "empty-list";

    /// <summary>Figures that are plainly in another unit than amountUnit says.</summary>
    public const string UnitPlausibility = "unit-plausibility";

    /// <summary>政府采购 financed by a fund source the department has no income from.</summary>
    public const string ProcurementFund = "procurement-fund";

    /// <summary>部门全称 written differently in different places.</summary>
    public const string FullName = "full-name";

    /// <summary>A text longer than <see cref="MaxTextCharacters"/>.</summary>
    public const string TextLength = "text-length";

    /// <summary>
    /// The longest text a value may hold: what one Excel cell holds (the workbook publishes the tables
    /// and their texts; Excel cuts or refuses a longer cell). No text of a disclosure comes near it.
    /// </summary>
    public const int MaxTextCharacters = 32_767;

    /// <summary>No figure for this year at all (e.g. a next-year starting file whose workbook was not imported yet).</summary>
    public const string EmptyBudget = "empty-budget";
}
