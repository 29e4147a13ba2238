using SharpCharge.Csms.Api.Security;
using SharpCharge.Csms.Hosting;
using SharpCharge.Csms.Import;

if (ApiKeyCommand.TryRun(args, Console.Out))
{
    return;
}

if (await ImportCommand.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode)
{
    Environment.ExitCode = exitCode;
    return;
}

var app = CsmsApp.Build(args);
await app.RunAsync();
