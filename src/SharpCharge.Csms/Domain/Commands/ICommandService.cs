namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Sends commands to chargers through the <see cref="ICommandRouter"/> and keeps the history of each: who asked,
/// what was sent, the answer and how long it took. None of the methods throws for the charger's behaviour.
/// </summary>
internal interface ICommandService
{
    /// <summary>Sends any command; <paramref name="requestedBy"/> names the caller (an API key's name, or "anonymous").</summary>
    Task<CommandResult> SendAsync(string chargerId, ChargerCommand command, string requestedBy, CancellationToken cancellationToken);

    /// <summary>Starts a session and waits (bounded) for the charger to start it, returning its transaction id.</summary>
    Task<StartChargingResult> StartChargingAsync(string chargerId, StartCharging command, string requestedBy, CancellationToken cancellationToken);

    /// <summary>Stops a session (the central system's transaction id) and waits (bounded) for its energy and cost.</summary>
    Task<StopChargingResult> StopChargingAsync(string chargerId, long transactionId, string requestedBy, CancellationToken cancellationToken);

    /// <summary>
    /// A status notification that follows a command (firmware, diagnostics/log, reservation): updates the newest
    /// matching command's follow-up status. <paramref name="command"/> is the command name (e.g. "UpdateFirmware").
    /// </summary>
    Task RecordFollowUpAsync(string chargerId, string command, int? requestId, string status, CancellationToken cancellationToken);

    Task<CommandRecord?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>How many commands the history holds, optionally of one charger.</summary>
    Task<int> CountAsync(string? chargerId, CancellationToken cancellationToken);

    /// <summary>Newest first, optionally of one charger.</summary>
    Task<IReadOnlyList<CommandRecord>> ListAsync(string? chargerId, int offset, int limit, CancellationToken cancellationToken);
}
