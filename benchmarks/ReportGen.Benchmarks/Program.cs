using BenchmarkDotNet.Running;
using ReportGen.Benchmarks;

// dotnet run -c Release --project benchmarks/ReportGen.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(DepartmentBenchmarks).Assembly).Run(args, new BenchmarkConfig());
