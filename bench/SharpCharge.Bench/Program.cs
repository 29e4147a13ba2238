using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line, e.g.
//   dotnet run -c Release --project bench/SharpCharge.Bench -- --filter '*'
// BenchmarkDotNet prints each benchmark as it runs and a summary table at the end.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
