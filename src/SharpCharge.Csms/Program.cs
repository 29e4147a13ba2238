using SharpCharge.Csms.Api.Security;
using SharpCharge.Csms.Dashboard.Accounts;
using SharpCharge.Csms.Hosting;
using SharpCharge.Csms.Import;

if (ApiKeyCommand.TryRun(args, Console.Out))
{
    return;
}

if (await ImportCommand.TryRunAsync(args, Console.Out, Console.Error) is { } imported)
{
    Environment.ExitCode = imported;
    return;
}

if (await CreateOperatorCommand.TryRunAsync(args, Console.In, Console.Out, Console.Error) is { } exitCode)
{
    Environment.ExitCode = exitCode;
    return;
}

var app = CsmsApp.Build(args);
await app.RunAsync();
