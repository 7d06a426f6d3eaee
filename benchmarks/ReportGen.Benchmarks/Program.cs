using BenchmarkDotNet.Running;
using ReportGen.Benchmarks;

// dotnet run -c Release --project benchmarks/ReportGen.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/ReportGen.Benchmarks -- typst-export DATA.json OUT.typ [TEMPLATES] [--legacy]
if (args.Length > 0 && args[0] == "typst-export")
{
    return TypstExport.Run(args);
}
BenchmarkSwitcher.FromAssembly(typeof(DepartmentBenchmarks).Assembly).Run(args, new BenchmarkConfig());
return 0;
