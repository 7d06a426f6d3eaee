namespace ReportGen.Import;

internal static class AssemblyMarker;
