using System.Globalization;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests.Api;

/// <summary>
/// The REST API of the real central system, with data produced by real charger connections. Every test runs on
/// SQLite (<see cref="SqliteApiEndToEndTests"/>) and PostgreSQL (<see cref="PostgresApiEndToEndTests"/>).
/// </summary>
public abstract partial class ApiEndToEndTests
{
    private protected abstract Task<StorageBackend> CreateStorageAsync();

    private protected async Task<Running> RunAsync(IDictionary<string, string?>? settings = null)
    {
        var storage = await CreateStorageAsync();
        try
        {
            var server = await CsmsServer.StartAsync(storage, settings);
            return new Running(server, storage);
        }
        catch
        {
            await storage.DisposeAsync();
            throw;
        }
    }

    /// <summary>A charger that boots and runs one whole session: start, a meter reading with power, and (unless running) a stop.</summary>
    private protected static async Task<string> ChargeAsync(
        RawCharger charger, OcppVersion version, string token, DateTimeOffset start, int energyWh, int powerW, bool keepRunning = false, int evse = 1)
    {
        string At(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var middle = At(start.AddMinutes(10));
        var end = At(start.AddMinutes(20));
        if (Payloads.Is16(version))
        {
            var started = await charger.CallAsync("StartTransaction", $$"""{"connectorId":{{evse}},"idTag":"{{token}}","meterStart":1000,"timestamp":"{{At(start)}}"}""");
            var id = started.GetProperty("transactionId").GetInt32();
            await charger.CallAsync("MeterValues", $$"""{"connectorId":{{evse}},"transactionId":{{id}},"meterValue":[{"timestamp":"{{middle}}","sampledValue":[{"value":"{{1000 + (energyWh / 2)}}","measurand":"Energy.Active.Import.Register","unit":"Wh"},{"value":"{{powerW}}","measurand":"Power.Active.Import","unit":"W"}]}]}""");
            if (!keepRunning)
            {
                await charger.CallAsync("StopTransaction", $$"""{"transactionId":{{id}},"idTag":"{{token}}","meterStop":{{1000 + energyWh}},"timestamp":"{{end}}","reason":"Local"}""");
            }

            return id.ToString(CultureInfo.InvariantCulture);
        }

        var tx = $"TX-{Guid.NewGuid():N}"[..20];
        await charger.CallAsync("TransactionEvent", $$$"""{"eventType":"Started","timestamp":"{{{At(start)}}}","triggerReason":"Authorized","seqNo":0,"transactionInfo":{"transactionId":"{{{tx}}}","chargingState":"Charging"},"idToken":{"idToken":"{{{token}}}","type":"ISO14443"},"evse":{"id":{{{evse}}},"connectorId":1},"meterValue":[{"timestamp":"{{{At(start)}}}","sampledValue":[{"value":1000,"context":"Transaction.Begin","measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"Wh"}}]}]}""");
        await charger.CallAsync("TransactionEvent", $$$"""{"eventType":"Updated","timestamp":"{{{middle}}}","triggerReason":"MeterValuePeriodic","seqNo":1,"transactionInfo":{"transactionId":"{{{tx}}}","chargingState":"Charging"},"meterValue":[{"timestamp":"{{{middle}}}","sampledValue":[{"value":{{{1000 + (energyWh / 2)}}},"measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"Wh"}},{"value":{{{powerW}}},"measurand":"Power.Active.Import","unitOfMeasure":{"unit":"W"}}]}]}""");
        if (!keepRunning)
        {
            await charger.CallAsync("TransactionEvent", $$$"""{"eventType":"Ended","timestamp":"{{{end}}}","triggerReason":"EVCommunicationLost","seqNo":2,"transactionInfo":{"transactionId":"{{{tx}}}","stoppedReason":"EVDisconnected"},"meterValue":[{"timestamp":"{{{end}}}","sampledValue":[{"value":{{{1000 + energyWh}}},"context":"Transaction.End","measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"Wh"}}]}]}""");
        }

        return tx;
    }

    private protected static async Task<RawCharger> BootedAsync(CsmsServer server, string chargerId, OcppVersion version, string? password = null)
    {
        var charger = await RawCharger.ConnectAsync(server, chargerId, version, password);
        await charger.CallAsync("BootNotification", Payloads.Boot(version));
        return charger;
    }

    private protected sealed class Running(CsmsServer server, StorageBackend storage) : IAsyncDisposable
    {
        public CsmsServer Server { get; } = server;

        public ApiClient Api { get; } = new(server);

        public async ValueTask DisposeAsync()
        {
            Api.Dispose();
            await Server.DisposeAsync();
            await storage.DisposeAsync();
        }
    }
}

public sealed class SqliteApiEndToEndTests : ApiEndToEndTests
{
    private protected override Task<StorageBackend> CreateStorageAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresApiEndToEndTests(PostgresServerFixture postgres) : ApiEndToEndTests
{
    private protected override async Task<StorageBackend> CreateStorageAsync() => await PostgresBackend.CreateAsync(postgres);
}
