using SharpCharge.Ocpp;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Delivers a command to the node that holds the charger's connection and brings the answer back. Today the only
/// implementation sends through this node's session; the cluster routes to the owning node behind this interface.
/// </summary>
internal interface ICommandRouter
{
    /// <summary>
    /// Sends <paramref name="command"/> and waits for the charger's answer within the configured command timeout.
    /// Never throws for the charger's behaviour: offline, timeout, CALLERROR and refusals are outcomes.
    /// </summary>
    ValueTask<CommandReply> SendAsync(string chargerId, ChargerCommand command, CancellationToken cancellationToken);

    /// <summary>The OCPP version of the charger's live connection; null when it has none that commands can reach.</summary>
    OcppVersion? ConnectedVersion(string chargerId);
}
