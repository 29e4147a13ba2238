using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Implements <see cref="ICommandService"/>. A command is stored (Pending) before it is sent, so its id can serve as
/// the request id the charger echoes in later notifications, and so a notification that overtakes the answer still
/// finds its command; the outcome is stored once the charger answered.
/// </summary>
internal sealed partial class CommandService : ICommandService
{
    private readonly ICommandRouter _router;
    private readonly ICommandStore _store;
    private readonly IChargerService _chargers;
    private readonly ITransactionService _transactions;
    private readonly TransactionSignals _signals;
    private readonly TimeProvider _time;
    private readonly CommandOptions _options;
    private readonly ILogger<CommandService> _logger;

    public CommandService(
        ICommandRouter router,
        ICommandStore store,
        IChargerService chargers,
        ITransactionService transactions,
        TransactionSignals signals,
        TimeProvider time,
        IOptions<CommandOptions> options,
        ILogger<CommandService> logger)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(chargers);
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _router = router;
        _store = store;
        _chargers = chargers;
        _transactions = transactions;
        _signals = signals;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<CommandResult> SendAsync(string chargerId, ChargerCommand command, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!await IsKnownAsync(chargerId, cancellationToken).ConfigureAwait(false))
        {
            return UnknownCharger(chargerId);
        }

        var (id, prepared) = await RecordAsync(chargerId, command, requestedBy, cancellationToken).ConfigureAwait(false);
        return await DeliverAsync(id, chargerId, prepared, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StartChargingResult> StartChargingAsync(
        string chargerId, StartCharging command, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!await IsKnownAsync(chargerId, cancellationToken).ConfigureAwait(false))
        {
            var unknown = UnknownCharger(chargerId);
            return new StartChargingResult(unknown, null, unknown.Reply.Detail);
        }

        var (id, prepared) = await RecordAsync(chargerId, command, requestedBy, cancellationToken).ConfigureAwait(false);
        var start = (StartCharging)prepared;
        var version = _router.ConnectedVersion(chargerId);

        // Watch before sending: the charger may start the session before its answer to the start is processed.
        // The version is looked up again if it was not known yet: routing the command may have just learnt it (a charger
        // on another node of a cluster).
        using var watch = _signals.Watch(t => string.Equals(t.ChargerId, chargerId, StringComparison.OrdinalIgnoreCase)
            && IsStartOf(t, start, version ?? _router.ConnectedVersion(chargerId)));
        var result = await DeliverAsync(id, chargerId, start, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != CommandOutcome.Success)
        {
            return new StartChargingResult(result, null, ReasonOf(result.Reply));
        }

        // 2.x answers with the id of a session that was already running for this EVSE (F01.FR.21).
        TransactionRecord? started = result.Reply.Data is ExistingTransaction { ChargerTransactionId: var running }
            ? await _transactions.FindByChargerTransactionIdAsync(chargerId, running, cancellationToken).ConfigureAwait(false)
            : null;
        started ??= await watch.WaitAsync(_options.TransactionStartWait, _time, cancellationToken).ConfigureAwait(false);
        if (started is null)
        {
            return new StartChargingResult(
                result,
                null,
                $"The charger accepted the start but began no session within {_options.TransactionStartWaitSeconds} s; it starts one once a vehicle is connected.");
        }

        await _store.SetTransactionAsync(id, started.Id, CancellationToken.None).ConfigureAwait(false);
        return new StartChargingResult(result, started.Id, null);
    }

    public async Task<StopChargingResult> StopChargingAsync(string chargerId, long transactionId, string requestedBy, CancellationToken cancellationToken)
    {
        if (!await IsKnownAsync(chargerId, cancellationToken).ConfigureAwait(false))
        {
            var unknown = UnknownCharger(chargerId);
            return new StopChargingResult(unknown, null, null, null, unknown.Reply.Detail);
        }

        var transaction = await _transactions.GetAsync(transactionId, cancellationToken).ConfigureAwait(false);
        if (transaction is null || !string.Equals(transaction.ChargerId, chargerId, StringComparison.OrdinalIgnoreCase))
        {
            var detail = $"Charger {chargerId} has no transaction {transactionId}.";
            return new StopChargingResult(new CommandResult(0, new CommandReply(CommandOutcome.UnknownTransaction) { Detail = detail }), null, null, null, detail);
        }

        if (transaction.State == TransactionState.Ended)
        {
            // Nothing to ask the charger: say so, with what the session delivered.
            var ended = new CommandReply(CommandOutcome.Rejected) { Status = "AlreadyEnded", Detail = $"Transaction {transactionId} already ended." };
            return Stopped(new CommandResult(0, ended), transaction);
        }

        var (id, prepared) = await RecordAsync(chargerId, new StopCharging(transaction.Id, transaction.ChargerTransactionId), requestedBy, cancellationToken)
            .ConfigureAwait(false);
        await _store.SetTransactionAsync(id, transaction.Id, cancellationToken).ConfigureAwait(false);
        using var watch = _signals.Watch(t => t.Id == transaction.Id && t.State == TransactionState.Ended);
        var result = await DeliverAsync(id, chargerId, prepared, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != CommandOutcome.Success)
        {
            return new StopChargingResult(result, null, null, null, ReasonOf(result.Reply));
        }

        var end = await watch.WaitAsync(_options.TransactionStopWait, _time, cancellationToken).ConfigureAwait(false);
        if (end is null)
        {
            return new StopChargingResult(
                result,
                null,
                null,
                null,
                $"The charger accepted the stop but has not reported the session's end within {_options.TransactionStopWaitSeconds} s.");
        }

        return Stopped(result, end);
    }

    public async Task RecordFollowUpAsync(string chargerId, string command, int? requestId, string status, CancellationToken cancellationToken)
    {
        var found = await _store.SetFollowUpAsync(chargerId, [command], requestId, status, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!found)
        {
            // A notification nobody here asked for (a charger-initiated update, or a command sent before the history existed).
            Log.FollowUpWithoutCommand(_logger, chargerId, command, requestId, status);
        }
    }

    public Task<CommandRecord?> GetAsync(long id, CancellationToken cancellationToken) => _store.GetAsync(id, cancellationToken);

    public Task<int> CountAsync(string? chargerId, CancellationToken cancellationToken) => _store.CountAsync(chargerId, cancellationToken);

    public Task<IReadOnlyList<CommandRecord>> ListAsync(string? chargerId, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return _store.ListAsync(chargerId, offset, limit, cancellationToken);
    }

    private async Task<bool> IsKnownAsync(string chargerId, CancellationToken cancellationToken)
        => _router.ConnectedVersion(chargerId) is not null
           || await _chargers.FindAsync(chargerId, cancellationToken).ConfigureAwait(false) is not null;

    private static CommandResult UnknownCharger(string chargerId)
        => new(0, new CommandReply(CommandOutcome.UnknownCharger) { Detail = $"No charger has the id '{chargerId}'." });

    /// <summary>Stores the command as Pending and gives it its request id (the record's id) when it needs one.</summary>
    private async Task<(long Id, ChargerCommand Command)> RecordAsync(
        string chargerId, ChargerCommand command, string requestedBy, CancellationToken cancellationToken)
    {
        var record = new CommandRecord(0, chargerId, command.Name, requestedBy, _time.GetUtcNow(), CommandOutcome.Pending)
        {
            RequestId = command.FollowUpId is > 0 ? command.FollowUpId : null,
        };
        var id = await _store.InsertAsync(record, cancellationToken).ConfigureAwait(false);
        if (!NeedsRequestId(command))
        {
            return (id, command);
        }

        // Request ids are OCPP integers; after 2^31 commands they wrap, which only matters against a decades-old request.
        var requestId = (int)(id & int.MaxValue);
        await _store.SetRequestIdAsync(id, requestId, cancellationToken).ConfigureAwait(false);
        return (id, WithRequestId(command, requestId));
    }

    private async Task<CommandResult> DeliverAsync(long id, string chargerId, ChargerCommand command, CancellationToken cancellationToken)
    {
        // Every line written while the command is on its way carries its id, among them the one naming the CALL's
        // message id (category SharpCharge.Ocpp.Rpc.OcppConnection at Debug, or the protocol trace's [OCPP-CALL-SEND]).
        using var scope = Log.CommandScope(_logger, id, command.Name);
        Log.CommandSending(_logger, id, command.Name, chargerId);
        var reply = await _router.SendAsync(chargerId, command, cancellationToken).ConfigureAwait(false);
        // The outcome is stored even when the caller gave up meanwhile: the charger did receive the command.
        await _store.CompleteAsync(id, reply, CancellationToken.None).ConfigureAwait(false);
        Log.CommandEnded(_logger, id, command.Name, chargerId, reply.Outcome, reply.Status, reply.DurationMs);

        return new CommandResult(id, reply) { RequestId = command is StartCharging start ? start.RemoteStartId : command.FollowUpId };
    }

    private static bool NeedsRequestId(ChargerCommand command) => command switch
    {
        StartCharging { RemoteStartId: 0 } => true,
        UpdateFirmware { RequestId: 0 } => true,
        GetLog { RequestId: 0 } => true,
        GetReport { RequestId: 0 } => true,
        GetDisplayMessages { RequestId: 0 } => true,
        GetChargingProfiles { RequestId: 0 } => true,
        ReserveNow { ReservationId: 0 } => true,
        _ => false,
    };

    private static ChargerCommand WithRequestId(ChargerCommand command, int requestId) => command switch
    {
        StartCharging start => start with { RemoteStartId = requestId },
        UpdateFirmware firmware => firmware with { RequestId = requestId },
        GetLog log => log with { RequestId = requestId },
        GetReport report => report with { RequestId = requestId },
        GetDisplayMessages display => display with { RequestId = requestId },
        GetChargingProfiles profiles => profiles with { RequestId = requestId },
        ReserveNow reserve => reserve with { ReservationId = requestId },
        _ => command,
    };

    /// <summary>
    /// 2.x links the session by remoteStartId (F01.FR.01); 1.6 has no link, so the first new session of the same token
    /// on the same connector (or any connector, when none was named) is taken as the one started.
    /// </summary>
    private static bool IsStartOf(TransactionRecord transaction, StartCharging start, OcppVersion? version)
    {
        if (transaction.RemoteStartId is { } remoteStartId)
        {
            return remoteStartId == start.RemoteStartId;
        }

        return version == OcppVersion.V16
               && transaction.State == TransactionState.Running
               && string.Equals(transaction.IdToken, start.IdToken, StringComparison.OrdinalIgnoreCase)
               && (start.EvseId is null || transaction.EvseId == start.EvseId);
    }

    private static string ReasonOf(CommandReply reply) => reply.Outcome switch
    {
        CommandOutcome.Rejected => reply.Detail is null ? $"The charger answered {reply.Status}." : $"The charger answered {reply.Status}: {reply.Detail}",
        CommandOutcome.CallError => $"The charger answered with the error {reply.ErrorCode}: {reply.Detail}",
        _ => reply.Detail ?? reply.Outcome.ToString(),
    };

    private static StopChargingResult Stopped(CommandResult result, TransactionRecord ended)
        => new(result, ended.EnergyWh is { } wh ? wh / 1000m : null, ended.Cost, ended.Currency, ended.EnergyWh is null ? "The charger reported no meter reading at the end." : null);
}
