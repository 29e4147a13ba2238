using SharpCharge.Csms.Domain.Stations;

namespace SharpCharge.Csms.Api.Chargers;

/// <summary>
/// One connector: 2.x EVSE and connector ids as reported; a 1.6 connector N is EVSE N, connector 1.
/// </summary>
/// <param name="CurrentPowerKw">The running session's newest power reading in kW; 0 without a session or a reading.</param>
internal sealed record ConnectorDto(
    int EvseId,
    int ConnectorId,
    ConnectorStatus? Status,
    string? ErrorCode,
    DateTimeOffset? StatusAt,
    decimal CurrentPowerKw,
    long? TransactionId)
{
    /// <summary>
    /// The running session's chargingState as a 2.x charger last reported it (Charging, EVConnected, SuspendedEV,
    /// SuspendedEVSE, Idle): a 2.x connector in use is Occupied whether or not energy flows. Null for 1.6 and without a session.
    /// </summary>
    public string? ChargingState { get; init; }
}
