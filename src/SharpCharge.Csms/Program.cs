using SharpCharge.Csms.Hosting;

var app = CsmsApp.Build(args);
await app.RunAsync();
