using System.CommandLine;
using SharpCharge.Simulator.Cli;

// Ctrl+C (or SIGTERM) cancels the run; it then closes its connections and writes its summary, which for thousands of
// load stations takes longer than System.CommandLine's default two seconds before it ends the process anyway.
return await SimulatorCli.Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) }).ConfigureAwait(false);
