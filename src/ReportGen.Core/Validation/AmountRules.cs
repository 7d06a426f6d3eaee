using System.Collections;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// Checks every value of the model by walking it with the serializer's metadata (so a member added to
/// the model is covered without touching this file): no negative amount or count, at most two decimals,
/// no empty required text.
/// </summary>
internal static class AmountRules
{
    public static void Check(ValidationContext ctx) => Walk(ctx, ctx.Report, BudgetJson.Options.GetTypeInfo(typeof(BudgetReport)), JsonPaths.Root);

    private static void Walk(ValidationContext ctx, object value, JsonTypeInfo info, string path)
    {
        if (info.Kind == JsonTypeInfoKind.Enumerable && value is IEnumerable items)
        {
            var element = BudgetJson.Options.GetTypeInfo(info.ElementType!);
            var i = 0;
            foreach (var item in items)
            {
                Visit(ctx, item, element, null, JsonPaths.Index(path, i++));
            }
            return;
        }
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in info.Properties.Where(p => p.Get is not null))
        {
            Visit(ctx, property.Get!(value), BudgetJson.Options.GetTypeInfo(property.PropertyType), property, JsonPaths.Member(path, property.Name));
        }
    }

    private static void Visit(ValidationContext ctx, object? value, JsonTypeInfo info, JsonPropertyInfo? property, string path)
    {
        switch (value)
        {
            case null:
                return;
            case decimal d:
                CheckDecimal(ctx, d, property, path);
                return;
            case int n when n < 0:
                ctx.Error(ValidationRules.Negative, path, $"数量不能为负数，实际为 {n}");
                return;
            case string s when property is { IsRequired: true } && string.IsNullOrWhiteSpace(s):
                ctx.Error(ValidationRules.EmptyText, path, $"“{property.Name}”不能为空");
                return;
            case string s when property is null && string.IsNullOrWhiteSpace(s):
                ctx.Error(ValidationRules.EmptyText, path, "列表中不能有空白文本");
                return;
            case string s when property?.Name != "$schema":
                TextRules.Check(ctx, s, path);
                return;
            default:
                Walk(ctx, value, info, path);
                return;
        }
    }

    private static void CheckDecimal(ValidationContext ctx, decimal d, JsonPropertyInfo? property, string path)
    {
        var isWeight = property?.DeclaringType == typeof(Indicator);
        if (d < 0)
        {
            ctx.Error(ValidationRules.Negative, path, isWeight
                ? $"指标权重不能为负数，实际为 {ValidationContext.Count(d)}"
                : $"金额不能为负数，实际为 {ctx.Money(d)}");
        }
        else if (isWeight && d > 100m)
        {
            // A weight is a share of the indicators' 100 points; one above 100 is a slip, and the table would print it.
            ctx.Error(ValidationRules.IndicatorWeights, path, $"指标权重是 100 分中的分值，应在 0 到 100 之间，实际为 {ValidationContext.Count(d)}");
        }
        else if (decimal.Round(d, 2) != d)
        {
            ctx.Error(ValidationRules.Precision, path, isWeight
                ? $"指标权重最多保留两位小数，实际为 {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}（表中会照此印出）"
                : $"金额最多保留两位小数，实际为 {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }
}
