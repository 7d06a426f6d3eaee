using System.Collections;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;

namespace ReportGen.Core.Validation;

/// <summary>
/// Refuses every text still holding the 【待填写】 placeholder the importer leaves where nothing gave a
/// value (numbers holding it are refused by the loader): nothing unfilled can be built or published.
/// </summary>
public static class PlaceholderRules
{
    /// <summary>Rule identifier of the finding.</summary>
    public const string Rule = "placeholder";

    internal static void Check(ValidationContext ctx) => Walk(ctx, ctx.Report, BudgetJson.Options.GetTypeInfo(typeof(BudgetReport)), JsonPaths.Root);

    private static void Walk(ValidationContext ctx, object? value, JsonTypeInfo info, string path)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                if (Placeholder.IsIn(s))
                {
                    ctx.Error(Rule, path, Message(s));
                }
                return;
            case IEnumerable items when info.Kind == JsonTypeInfoKind.Enumerable:
                var element = BudgetJson.Options.GetTypeInfo(info.ElementType!);
                var i = 0;
                foreach (var item in items)
                {
                    Walk(ctx, item, element, JsonPaths.Index(path, i++));
                }
                return;
        }
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        foreach (var property in info.Properties.Where(p => p.Get is not null && p.PropertyType != typeof(decimal) && p.PropertyType != typeof(int)))
        {
            Walk(ctx, property.Get!(value), BudgetJson.Options.GetTypeInfo(property.PropertyType), JsonPaths.Member(path, property.Name));
        }
    }

    /// <summary>"尚未填写：职能职责…（请把“【待填写】…”换成实际内容）".</summary>
    public static string Message(string placeholder)
    {
        var at = placeholder.IndexOf(Placeholder.Marker, StringComparison.Ordinal);
        var what = placeholder[(at + Placeholder.Marker.Length)..].Trim();
        return $"尚未填写：{(what.Length == 0 ? "此项" : what)}（请把“{Placeholder.Marker}…”换成实际内容后再生成）";
    }
}
