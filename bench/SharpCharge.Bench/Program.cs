using BenchmarkDotNet.Running;
using SharpCharge.Bench;

// Runs the benchmarks named on the command line, e.g.
//   dotnet run -c Release --project bench/SharpCharge.Bench -- --filter '*'
// BenchmarkDotNet prints each benchmark as it runs and a summary table at the end.
// `trace-cpu-time` instead measures the protocol trace's cost in processor time (see TraceCostCpuTime).
if (args is ["trace-cpu-time", ..])
{
    await TraceCostCpuTime.RunAsync(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
