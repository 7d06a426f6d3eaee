using ReportGen.Core.Model;

namespace ReportGen.Templating.Views;

/// <summary>The keys templates use for the sources of money: the snake_case of <see cref="FundSource"/> (general_budget …).</summary>
public static class FundKeys
{
    public static IReadOnlyList<FundSource> All { get; } = Enum.GetValues<FundSource>();

    public static string Key(FundSource source) => Scriban.Runtime.StandardMemberRenamer.Rename(source.ToString());
}
