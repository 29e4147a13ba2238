using SharpCharge.Csms.Connections;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Routing;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Csms.Protocol;

/// <summary>What every adapter method does first: find the charger's session, note that it is alive, and refuse
/// a charger that is not accepted yet.</summary>
internal static class ChargerCall
{
    public static ChargerSession Session(in OcppCallContext context)
        => context.Connection.State as ChargerSession
           ?? throw new InvalidOperationException("The connection carries no charger session.");

    /// <summary>
    /// The session of an accepted charger. A charger that is Pending or Rejected may send only BootNotification:
    /// anything else is answered with SecurityError (OCPP-J 1.6 errata §3.10; 2.0.1 B02.FR.09, B03.FR.07).
    /// </summary>
    public static async ValueTask<ChargerSession> AcceptedAsync(OcppCallContext context, IChargerService chargers)
    {
        var session = Session(context);
        if (!session.IsAccepted)
        {
            throw new OcppCallException(OcppErrorCode.SecurityError, "The charge point is not accepted yet: send BootNotification and wait for Accepted.");
        }

        // Any message is proof of life (OCPP-NOTES §2.4); the service writes at most once per interval.
        await chargers.MarkSeenAsync(session.ChargerId, context.CancellationToken);
        return session;
    }
}
