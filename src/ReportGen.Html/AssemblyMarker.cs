namespace ReportGen.Html;

internal static class AssemblyMarker;
