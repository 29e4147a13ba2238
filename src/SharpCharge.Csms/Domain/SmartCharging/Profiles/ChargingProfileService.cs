using System.Globalization;
using Microsoft.Extensions.Options;
using SharpCharge.Csms.Domain.Commands;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.SmartCharging.Profiles;

/// <summary>
/// <see cref="IChargingProfileService"/>: stored profiles and sending them here; what chargers have in
/// <c>ChargingProfileService.Chargers.cs</c>.
/// </summary>
internal sealed partial class ChargingProfileService : IChargingProfileService
{
    private readonly IChargingProfileStore _store;
    private readonly ICommandService _commands;
    private readonly ITransactionService _transactions;
    private readonly IChargerStore _chargers;
    private readonly SiteLoadJournal _journal;
    private readonly SiteBalancerOptions _balancer;
    private readonly TimeProvider _time;

    public ChargingProfileService(
        IChargingProfileStore store,
        ICommandService commands,
        ITransactionService transactions,
        IChargerStore chargers,
        SiteLoadJournal journal,
        IOptions<SiteBalancerOptions> balancer,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(balancer);
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _commands = commands ?? throw new ArgumentNullException(nameof(commands));
        _transactions = transactions ?? throw new ArgumentNullException(nameof(transactions));
        _chargers = chargers ?? throw new ArgumentNullException(nameof(chargers));
        _journal = journal ?? throw new ArgumentNullException(nameof(journal));
        _balancer = balancer.Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public Task<StoredChargingProfile> CreateAsync(string? name, ChargingProfile profile, CancellationToken cancellationToken)
        => _store.CreateAsync(name, profile, _time.GetUtcNow(), cancellationToken);

    public Task<StoredChargingProfile?> UpdateAsync(int id, string? name, ChargingProfile profile, CancellationToken cancellationToken)
        => _store.UpdateAsync(id, name, profile, _time.GetUtcNow(), cancellationToken);

    public Task<StoredChargingProfile?> GetAsync(int id, int? version, CancellationToken cancellationToken) => _store.GetAsync(id, version, cancellationToken);

    public Task<IReadOnlyList<StoredChargingProfile>> ListAsync(CancellationToken cancellationToken) => _store.ListAsync(cancellationToken);

    public Task<IReadOnlyList<StoredChargingProfile>> VersionsAsync(int id, CancellationToken cancellationToken) => _store.VersionsAsync(id, cancellationToken);

    public Task<bool> DeleteAsync(int id, CancellationToken cancellationToken) => _store.DeleteAsync(id, _time.GetUtcNow(), cancellationToken);

    public async Task<AssignmentResult> AssignAsync(
        string chargerId, int evseId, ChargingProfile profile, int? version, long? transactionId, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (evseId < 0)
        {
            return AssignmentResult.Invalid("evse_id", "The EVSE (1.6: connector), or 0 for the whole charger.");
        }

        switch (profile.Purpose)
        {
            case ChargingProfilePurpose.ChargingStationMaxProfile when evseId != 0:
                return AssignmentResult.Invalid("evse_id", "A ChargePointMaxProfile / ChargingStationMaxProfile goes on EVSE (connector) 0 only (1.6 §3.13.1, 2.0.1 K01 §3.5).");
            case ChargingProfilePurpose.ChargingStationExternalConstraints:
                return AssignmentResult.Invalid("purpose", "ChargingStationExternalConstraints are set by an external system, never by the central system (K01.FR.22).");
            case ChargingProfilePurpose.TxProfile when evseId == 0:
                return AssignmentResult.Invalid("evse_id", "A TxProfile goes on an EVSE (connector) above 0 (1.6 §3.13.1, K01.FR.16).");
            case ChargingProfilePurpose.TxProfile:
                if (await RunningTransactionAsync(chargerId, evseId, transactionId, cancellationToken).ConfigureAwait(false) is not { } transaction)
                {
                    return AssignmentResult.Invalid(
                        "transaction_id",
                        transactionId is null
                            ? $"A TxProfile needs a transaction running on EVSE {evseId} of {chargerId}; none runs (1.6 §3.13.1, K01.FR.09)."
                            : $"Transaction {transactionId} is not running on EVSE {evseId} of {chargerId} (1.6 §3.13.1, K01.FR.33).");
                }

                // The charger knows its session by its own id in 2.x (K01.FR.03), by the central system's in 1.6.
                profile = profile with { TransactionId = transaction.ChargerTransactionId ?? transaction.Id.ToString(CultureInfo.InvariantCulture) };
                break;
        }

        if (await PhaseProblemAsync(chargerId, profile, cancellationToken).ConfigureAwait(false) is { } phase)
        {
            return phase;
        }

        var result = await _commands.SendAsync(chargerId, new SetChargingProfile(evseId, profile), requestedBy, cancellationToken).ConfigureAwait(false);
        if (result.Outcome is CommandOutcome.Invalid or CommandOutcome.NotSupported or CommandOutcome.UnknownCharger)
        {
            // Nothing was sent: the charger's version cannot carry the profile (1.6 has no phaseToUse, say).
            return AssignmentResult.Invalid(result.Reply.Field ?? "profile", result.Reply.Detail ?? "The charger's OCPP version cannot carry this profile.") with { Command = result };
        }

        return new AssignmentResult { Command = result, Assignment = await RecordAsync(chargerId, evseId, profile, version, result, cancellationToken).ConfigureAwait(false) };
    }

    public async Task RecordSentAsync(string chargerId, int evseId, ChargingProfile profile, CommandResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome is not (CommandOutcome.Invalid or CommandOutcome.NotSupported or CommandOutcome.UnknownCharger))
        {
            await RecordAsync(chargerId, evseId, profile, null, result, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ProfileAssignment> RecordAsync(
        string chargerId, int evseId, ChargingProfile profile, int? version, CommandResult result, CancellationToken cancellationToken)
    {
        var assignment = new ProfileAssignment(chargerId, evseId, profile, ChargingProfileSource.Operator, result.Outcome, _time.GetUtcNow())
        {
            ProfileVersion = version,
            CommandId = result.CommandId == 0 ? null : result.CommandId,
            Status = result.Reply.Status ?? result.Outcome.ToString(),
            Detail = result.Reply.Detail,
        };
        var id = await _store.RecordAssignmentAsync(assignment, cancellationToken).ConfigureAwait(false);
        return assignment with { Id = id };
    }

    public async Task<CommandResult> UnassignAsync(string chargerId, int profileId, string requestedBy, CancellationToken cancellationToken)
    {
        var result = await _commands.SendAsync(chargerId, new ClearChargingProfile(profileId, null, null, null), requestedBy, cancellationToken).ConfigureAwait(false);

        // Unknown (K10.FR.01): the charger no longer holds it either, so what was recorded as in force is over too.
        if (result.Outcome == CommandOutcome.Success || (result.Outcome == CommandOutcome.Rejected && result.Reply.Status == "Unknown"))
        {
            await _store.ClearAssignmentsAsync(chargerId, profileId, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public async Task<CommandResult> RefreshAsync(string chargerId, int? evseId, string requestedBy, CancellationToken cancellationToken)
    {
        var result = await _commands.SendAsync(chargerId, new GetChargingProfiles(evseId), requestedBy, cancellationToken).ConfigureAwait(false);
        if (result is { Outcome: CommandOutcome.Rejected, Reply.Status: "NoProfiles", RequestId: { } requestId })
        {
            // No report follows: the charger holds nothing (K09), so an older report no longer stands.
            await _store.AddReportedAsync(chargerId, requestId, [], cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    // 1.6 periods have no phaseToUse: sent anyway, the charger would pick a phase the operator did not ask for.
    private async Task<AssignmentResult?> PhaseProblemAsync(string chargerId, ChargingProfile profile, CancellationToken cancellationToken)
    {
        var index = profile.Schedule.Periods.ToList().FindIndex(p => p.PhaseToUse is not null);
        if (index < 0)
        {
            return null;
        }

        var version = (await _chargers.FindAsync(chargerId, cancellationToken).ConfigureAwait(false))?.OcppVersion;
        return version is not null && version.Contains("1.6", StringComparison.Ordinal)
            ? AssignmentResult.Invalid($"profile.periods[{index}].phase_to_use", "OCPP 1.6 chargers cannot be told which phase to use (2.x only, K01.FR.19/20): use a profile without phase_to_use.")
            : null;
    }

    private async Task<TransactionRecord?> RunningTransactionAsync(string chargerId, int evseId, long? transactionId, CancellationToken cancellationToken)
    {
        if (transactionId is { } id)
        {
            var transaction = await _transactions.GetAsync(id, cancellationToken).ConfigureAwait(false);
            return transaction is { State: TransactionState.Running }
                   && string.Equals(transaction.ChargerId, chargerId, StringComparison.OrdinalIgnoreCase)
                   && EvseOf(transaction) == evseId
                ? transaction
                : null;
        }

        var running = await _transactions.ListAsync(chargerId, TransactionState.Running, 16, cancellationToken).ConfigureAwait(false);
        return running.FirstOrDefault(t => EvseOf(t) == evseId);
    }

    private static int EvseOf(TransactionRecord transaction) => transaction.EvseId ?? transaction.ConnectorId ?? 1;
}
