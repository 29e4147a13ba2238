using System.Globalization;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.EndToEnd.Tests.Support;
using SharpCharge.Ocpp;

namespace SharpCharge.EndToEnd.Tests;

public abstract partial class CsmsEndToEndTests
{
    private const string MeterValues10 = """
        [{"timestamp":"2025-06-01T12:15:00Z","sampledValue":[
          {"value":"5000","context":"Sample.Periodic","measurand":"Energy.Active.Import.Register","unit":"Wh","location":"Outlet"},
          {"value":"7200","measurand":"Power.Active.Import","unit":"W"},
          {"value":"31.2","measurand":"Current.Import","unit":"A","phase":"L1"},
          {"value":"230.1","measurand":"Voltage","unit":"V","phase":"L1-N"},
          {"value":"54","measurand":"SoC","unit":"Percent","location":"EV"},
          {"value":"31.5","measurand":"Temperature","unit":"Celsius","location":"Body"}]}]
        """;

    [Fact]
    [Trait("TestCase", "TC_003_CSMS")]
    public async Task Transaction16_StartMeterValuesStop_StoresSessionEnergyAndEverySample()
    {
        await using var running = await RunAsync();
        await running.Server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord("TAG-1", IdTokenTypes.Central, IdTokenStatus.Accepted), CancellationToken.None);
        await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-TX16", OcppVersion.V16);
        await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));

        var id = int.Parse(await StartTransactionAsync(charger, OcppVersion.V16, "TAG-1", "", meterStart: 1000), CultureInfo.InvariantCulture);
        await charger.CallAsync("MeterValues", $$"""{"connectorId":1,"transactionId":{{id}},"meterValue":{{MeterValues10}}}""");
        var stop = await charger.CallAsync("StopTransaction", $$"""{"transactionId":{{id}},"idTag":"TAG-1","meterStop":13500,"timestamp":"2025-06-01T12:30:00Z","reason":"Local","transactionData":[{"timestamp":"2025-06-01T12:30:00Z","sampledValue":[{"value":"13500","context":"Transaction.End","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}""");

        Assert.Equal("Accepted", stop.GetProperty("idTagInfo").GetProperty("status").GetString());
        var transactions = running.Server.Get<ITransactionService>();
        var stored = await transactions.GetAsync(id, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(TransactionState.Ended, stored.State);
        Assert.Equal(12500m, stored.EnergyWh);
        Assert.Equal("Local", stored.StopReason);
        var samples = await transactions.GetMeterValuesAsync(id, CancellationToken.None);
        Assert.Contains(samples, s => s.Sample.Measurand == "SoC" && s.Sample.Value == 54m && s.Sample.Location == "EV");
        Assert.Contains(samples, s => s.Sample.Measurand == "Voltage" && s.Sample.Phase == "L1-N" && s.Sample.Value == 230.1m);
        Assert.Contains(samples, s => s.Sample.Measurand == "Temperature" && s.Sample.Unit == "Celsius");
        Assert.Contains(samples, s => s.Sample.Context == "Transaction.End" && s.Sample.Value == 13500m);
    }

    [Theory]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    [Trait("TestCase", "TC_E_01_CSMS")]
    [Trait("TestCase", "TC_J_07_CSMS")]
    public async Task Transaction2x_StartedUpdatedEnded_StoresSessionEnergyAndEverySample(OcppVersion version)
    {
        await using var running = await RunAsync();
        await running.Server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord("TAG-2", IdTokenTypes.Central, IdTokenStatus.Accepted), CancellationToken.None);
        await using var charger = await RawCharger.ConnectAsync(running.Server, "CP-TX2", version);
        await charger.CallAsync("BootNotification", Payloads.Boot(version));

        await StartTransactionAsync(charger, version, "TAG-2", "TX-42", meterStart: 1000);
        await charger.CallAsync("TransactionEvent", """{"eventType":"Updated","timestamp":"2025-06-01T12:15:00Z","triggerReason":"MeterValuePeriodic","seqNo":1,"transactionInfo":{"transactionId":"TX-42","chargingState":"Charging"},"meterValue":[{"timestamp":"2025-06-01T12:15:00Z","sampledValue":[{"value":5000,"measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"Wh"}},{"value":32.1,"measurand":"Current.Import","phase":"L2","unitOfMeasure":{"unit":"A"}},{"value":61,"measurand":"SoC","location":"EV","unitOfMeasure":{"unit":"Percent"}}]}]}""");
        var ended = await charger.CallAsync("TransactionEvent", """{"eventType":"Ended","timestamp":"2025-06-01T12:30:00Z","triggerReason":"EVCommunicationLost","seqNo":2,"transactionInfo":{"transactionId":"TX-42","stoppedReason":"EVDisconnected"},"meterValue":[{"timestamp":"2025-06-01T12:30:00Z","sampledValue":[{"value":13.5,"context":"Transaction.End","measurand":"Energy.Active.Import.Register","unitOfMeasure":{"unit":"kWh"}}]}]}""");

        Assert.Equal(System.Text.Json.JsonValueKind.Object, ended.ValueKind);
        var transactions = running.Server.Get<ITransactionService>();
        var stored = await transactions.FindByChargerTransactionIdAsync("CP-TX2", "TX-42", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(TransactionState.Ended, stored.State);
        Assert.Equal(12500m, stored.EnergyWh);
        Assert.Equal("EVDisconnected", stored.StopReason);
        var samples = await transactions.GetMeterValuesAsync(stored.Id, CancellationToken.None);
        Assert.Contains(samples, s => s.Sample.Measurand == "Current.Import" && s.Sample.Phase == "L2" && s.Sample.Value == 32.1m);
        Assert.Contains(samples, s => s.Sample.Measurand == "SoC" && s.Sample.Value == 61m);
    }

    [Fact]
    [Trait("Spec", "OCPP 1.6 §4.8; OCPP-J 1.6 §6.3")]
    public async Task Transaction16_StartReplayedAfterReconnect_CreatesNothingTwice()
    {
        await using var running = await RunAsync();
        await running.Server.Get<IIdTokenService>().SaveAsync(new IdTokenRecord("TAG-R", IdTokenTypes.Central, IdTokenStatus.Accepted), CancellationToken.None);
        string first;
        await using (var charger = await RawCharger.ConnectAsync(running.Server, "CP-REPLAY", OcppVersion.V16))
        {
            await charger.CallAsync("BootNotification", Payloads.Boot(OcppVersion.V16));
            first = await StartTransactionAsync(charger, OcppVersion.V16, "TAG-R", "");
        }

        // The charger did not see the answer, reconnects and delivers its queue again.
        await using var again = await RawCharger.ConnectAsync(running.Server, "CP-REPLAY", OcppVersion.V16);
        var second = await StartTransactionAsync(again, OcppVersion.V16, "TAG-R", "");
        await again.CallAsync("StopTransaction", $$"""{"transactionId":{{first}},"meterStop":2000,"timestamp":"2025-06-01T13:00:00Z"}""");
        await again.CallAsync("StopTransaction", $$"""{"transactionId":{{first}},"meterStop":2000,"timestamp":"2025-06-01T13:00:00Z"}""");

        Assert.Equal(first, second);
        var all = await running.Server.Get<ITransactionService>().ListAsync("CP-REPLAY", null, 10, CancellationToken.None);
        var only = Assert.Single(all);
        Assert.Equal(1000m, only.EnergyWh);
    }

    [Theory]
    [InlineData(OcppVersion.V201)]
    [InlineData(OcppVersion.V21)]
    [Trait("Spec", "OCPP 2.0.1 E12")]
    public async Task Transaction2x_EventsReplayedAfterReconnect_CreateNothingTwice(OcppVersion version)
    {
        await using var running = await RunAsync();
        await using (var charger = await RawCharger.ConnectAsync(running.Server, "CP-REPLAY2", version))
        {
            await charger.CallAsync("BootNotification", Payloads.Boot(version));
            await StartTransactionAsync(charger, version, "ANY", "TX-R");
        }

        await using var again = await RawCharger.ConnectAsync(running.Server, "CP-REPLAY2", version);
        await StartTransactionAsync(again, version, "ANY", "TX-R");
        const string ended = """{"eventType":"Ended","timestamp":"2025-06-01T13:00:00Z","triggerReason":"StopAuthorized","seqNo":1,"offline":true,"transactionInfo":{"transactionId":"TX-R","stoppedReason":"Local"},"meterValue":[{"timestamp":"2025-06-01T13:00:00Z","sampledValue":[{"value":3000,"context":"Transaction.End","measurand":"Energy.Active.Import.Register"}]}]}""";
        await again.CallAsync("TransactionEvent", ended);
        await again.CallAsync("TransactionEvent", ended);

        var transactions = running.Server.Get<ITransactionService>();
        var only = Assert.Single(await transactions.ListAsync("CP-REPLAY2", null, 10, CancellationToken.None));
        Assert.Equal(2000m, only.EnergyWh);
        Assert.Equal(2, (await transactions.GetEventsAsync(only.Id, CancellationToken.None)).Count);
        Assert.Single(await transactions.GetMeterValuesAsync(only.Id, CancellationToken.None), s => s.Sample.Context == "Transaction.End");
    }
}
