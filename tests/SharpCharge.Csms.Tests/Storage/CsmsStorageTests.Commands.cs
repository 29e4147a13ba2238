using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp;

namespace SharpCharge.Csms.Tests.Storage;

public abstract partial class CsmsStorageTests
{
    private ICommandStore CommandStore => Host.Get<ICommandStore>();

    [Fact]
    public async Task CommandStore_FollowUp_UpdatesTheNewestMatchingCommandOnly()
    {
        var firstFirmware = await CommandStore.InsertAsync(Pending("CP-1", "UpdateFirmware", 5), None);
        var secondFirmware = await CommandStore.InsertAsync(Pending("CP-1", "UpdateFirmware", 6), None);
        var log = await CommandStore.InsertAsync(Pending("CP-1", "GetLog", 5), None);

        Assert.True(await CommandStore.SetFollowUpAsync("cp-1", [FollowUps.Firmware], 5, "Downloading", At(1), None));
        Assert.True(await CommandStore.SetFollowUpAsync("CP-1", [FollowUps.Log], null, "Uploading", At(2), None));
        Assert.False(await CommandStore.SetFollowUpAsync("CP-1", [FollowUps.Reservation], null, "Expired", At(3), None));
        Assert.False(await CommandStore.SetFollowUpAsync("CP-2", [FollowUps.Firmware], null, "Installed", At(3), None));

        Assert.Equal(("Downloading", (DateTimeOffset?)At(1)), await FollowUpAsync(firstFirmware));
        Assert.Equal((null, null), await FollowUpAsync(secondFirmware));
        Assert.Equal(("Uploading", (DateTimeOffset?)At(2)), await FollowUpAsync(log));
    }

    [Fact]
    public async Task CommandStore_CompleteListAndCount_KeepTheExchangeAndMatchChargerIdsWhateverTheirCase()
    {
        var id = await CommandStore.InsertAsync(Pending("CP-1", "Reset", null), None);
        await CommandStore.InsertAsync(Pending("CP-2", "ClearCache", null), None);
        await CommandStore.CompleteAsync(
            id,
            new CommandReply(CommandOutcome.CallError)
            {
                Version = OcppVersion.V201, OcppAction = "Reset", RequestJson = """{"type":"OnIdle"}""", ErrorCode = "InternalError", Detail = "Busy", DurationMs = 12,
            },
            None);
        await CommandStore.SetTransactionAsync(id, 77, None);

        var listed = Assert.Single(await CommandStore.ListAsync("cp-1", 0, 10, None));
        Assert.Equal(
            new CommandRecord(id, "CP-1", "Reset", "ops", Start, CommandOutcome.CallError)
            {
                OcppVersion = "V201", OcppAction = "Reset", RequestPayload = """{"type":"OnIdle"}""", ErrorCode = "InternalError", Detail = "Busy", DurationMs = 12, TransactionId = 77,
            },
            listed);
        Assert.Equal((1, 2), (await CommandStore.CountAsync("Cp-1", None), await CommandStore.CountAsync(null, None)));
        Assert.Equal(["ClearCache", "Reset"], (await CommandStore.ListAsync(null, 0, 10, None)).Select(c => c.Command));
        Assert.Equal(["Reset"], (await CommandStore.ListAsync(null, 1, 10, None)).Select(c => c.Command));
    }

    [Fact]
    public async Task CommandService_Start16_TakesTheNewSessionOfTheSameTokenOnThatConnector()
    {
        await AcceptedChargerAsync();
        var router = new ScriptedRouter(OcppVersion.V16, async command =>
        {
            // While the start is out: a session of another token, then one on another connector, then the right one.
            await StartAsync("TAG-OTHER", evse: 1);
            await StartAsync("TAG-1", evse: 2);
            await StartAsync("TAG-1", evse: 1);
            return CommandReply.Answered(true, "Accepted");
        });
        var service = Service(router, startWaitSeconds: 30);

        var result = await service.StartChargingAsync("CP-1", new StartCharging("TAG-1", null, 1, null), "ops", None);

        var expected = (await Transactions.ListAsync("CP-1", TransactionState.Running, 10, None)).Single(t => t is { IdToken: "TAG-1", EvseId: 1 });
        Assert.Equal((CommandOutcome.Success, (long?)expected.Id, (string?)null), (result.Command.Outcome, result.TransactionId, result.Reason));
        Assert.Equal(expected.Id, (await CommandStore.GetAsync(result.Command.CommandId, None))!.TransactionId);
        Assert.Equal((int?)result.Command.CommandId, ((StartCharging)router.Sent.Single()).RemoteStartId);
    }

    [Fact]
    public async Task CommandService_StartAcceptedButNoSession_ReturnsNoTransactionWithTheReason()
    {
        await AcceptedChargerAsync();
        var service = Service(new ScriptedRouter(OcppVersion.V201, _ => Task.FromResult(CommandReply.Answered(true, "Accepted"))), startWaitSeconds: 1);

        var result = await service.StartChargingAsync("CP-1", new StartCharging("TAG-1", null, 1, null), "ops", None);

        Assert.Equal(CommandOutcome.Success, result.Command.Outcome);
        Assert.Null(result.TransactionId);
        Assert.Contains("within 1 s", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandService_UnknownCharger_StoresNothingAndSendsNothing()
    {
        var router = new ScriptedRouter(null, _ => throw new InvalidOperationException("Nothing may be sent."));

        var result = await Service(router, 30).SendAsync("NOBODY", new ClearCache(), "ops", None);

        Assert.Equal((CommandOutcome.UnknownCharger, 0L), (result.Outcome, result.CommandId));
        Assert.Equal(0, await CommandStore.CountAsync(null, None));
    }

    [Fact]
    public async Task CommandService_FirmwareWithoutRequestId_GetsTheCommandIdAsRequestId()
    {
        await AcceptedChargerAsync();
        var router = new ScriptedRouter(OcppVersion.V201, _ => Task.FromResult(CommandReply.Answered(true, "Accepted")));

        var result = await Service(router, 30).SendAsync("CP-1", new UpdateFirmware("https://fw.example/1.bin", At(0)), "ops", None);

        var sent = (UpdateFirmware)router.Sent.Single();
        Assert.Equal((int?)result.CommandId, sent.FollowUpId);
        Assert.Equal((int?)result.CommandId, result.RequestId);
        Assert.Equal(result.RequestId, (await CommandStore.GetAsync(result.CommandId, None))!.RequestId);
    }

    private CommandService Service(ICommandRouter router, int startWaitSeconds) => new(
        router,
        CommandStore,
        Chargers,
        Transactions,
        Host.Get<TransactionSignals>(),
        Clock,
        Options.Create(new CommandOptions { TransactionStartWaitSeconds = startWaitSeconds, TransactionStopWaitSeconds = startWaitSeconds }),
        NullLogger<CommandService>.Instance);

    private Task<TransactionStartResult> StartAsync(string token, int evse)
        => Transactions.StartAsync(new TransactionStart("CP-1", evse, 1, new IdToken(token), Clock.GetUtcNow(), 100), None);

    private static CommandRecord Pending(string chargerId, string command, int? requestId)
        => new(0, chargerId, command, "ops", Start, CommandOutcome.Pending) { RequestId = requestId };

    private async Task<(string?, DateTimeOffset?)> FollowUpAsync(long id)
    {
        var command = await CommandStore.GetAsync(id, None);
        return (command!.FollowUpStatus, command.FollowUpAt);
    }

    /// <summary>A router that answers as the test says and keeps what it was asked to send.</summary>
    private sealed class ScriptedRouter(OcppVersion? version, Func<ChargerCommand, Task<CommandReply>> answer) : ICommandRouter
    {
        public List<ChargerCommand> Sent { get; } = [];

        public OcppVersion? ConnectedVersion(string chargerId) => version;

        public async ValueTask<CommandReply> SendAsync(string chargerId, ChargerCommand command, CancellationToken cancellationToken)
        {
            Sent.Add(command);
            return await answer(command);
        }
    }
}
