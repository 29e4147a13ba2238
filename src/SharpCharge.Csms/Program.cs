using SharpCharge.Csms.Api.Security;
using SharpCharge.Csms.Hosting;

if (ApiKeyCommand.TryRun(args, Console.Out))
{
    return;
}

var app = CsmsApp.Build(args);
await app.RunAsync();
