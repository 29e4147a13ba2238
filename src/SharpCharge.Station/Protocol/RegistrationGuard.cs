using SharpCharge.Ocpp.Errors;
using SharpCharge.Ocpp.Rpc;

namespace SharpCharge.Station.Protocol;

/// <summary>
/// A station whose boot was Rejected answers every request of the central system with SecurityError
/// (2.0.1 B03.FR.08; 1.6 §4.2 says it does not answer at all, which would only make the central system wait).
/// </summary>
internal static class RegistrationGuard
{
    public static void ThrowIfRejected(IStationControl station)
    {
        if (station.Registration == RegistrationState.Rejected)
        {
            throw new OcppCallException(OcppErrorCode.SecurityError, "The station's registration was rejected.");
        }
    }
}
