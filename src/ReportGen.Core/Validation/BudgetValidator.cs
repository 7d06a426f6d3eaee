using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// The semantic checks of a loaded report: pure functions from the model to diagnostics with JSON
/// paths and Chinese messages that name the expected figure, the actual one and the difference.
/// docs/data-format.md lists the rules.
/// </summary>
public static class BudgetValidator
{
    public static IReadOnlyList<Diagnostic> Validate(BudgetReport report, string file, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Default;
        var ctx = new ValidationContext(report, file, options);
        AmountRules.Check(ctx);
        UnitRules.Check(ctx);
        FunctionalRules.Check(ctx);
        EconomicRules.Check(ctx);
        CodeNameRules.Check(ctx);
        BalanceRules.Check(ctx);
        ProjectRules.Check(ctx);
        ThreePublicRules.Check(ctx);
        ChangeRules.Check(ctx);
        PlaceholderRules.Check(ctx);
        return options.WarningsAsErrors
            ? [.. ctx.Found.Select(d => d with { Severity = Severity.Error })]
            : ctx.Found;
    }
}
