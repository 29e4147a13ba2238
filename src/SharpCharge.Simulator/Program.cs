using SharpCharge.Simulator.Cli;

return await SimulatorCli.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
