using System.Text.Json.Serialization;
using ReportGen.Core.Model;

namespace ReportGen.Core.Loading;

/// <summary>
/// The model's JSON metadata, made by the source generator at build time. The reflection resolver made
/// it at run time instead: about 600 methods compiled by the JIT and 500 emitted getters, setters and
/// constructors in every process (docs/performance.md) — start-up work on the first department, and
/// work a second job shared. The options (<see cref="BudgetJson.Options"/>) stay those of the format.
/// <para>
/// The generator sets init-only members through a constructor delegate, so a member the file leaves
/// out arrives as null instead of the model's default: the model's defaulted lists and objects turn a
/// null into their default in their <c>init</c> (tested by <c>SourceGeneratedMetadataTests</c>).
/// </para>
/// </summary>
[JsonSerializable(typeof(BudgetReport))]
internal sealed partial class BudgetJsonContext : JsonSerializerContext;
