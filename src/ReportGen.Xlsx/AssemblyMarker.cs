namespace ReportGen.Xlsx;

internal static class AssemblyMarker;
