using SharpCharge.Ocpp.SmartCharging;

namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Start a charging session for <see cref="IdToken"/> (1.6 RemoteStartTransaction, 2.x RequestStartTransaction).
/// 1.6 has no EVSEs: its connector N is <see cref="EvseId"/> N. <see cref="RemoteStartId"/> links the 2.x
/// transaction to this request (F01.FR.01); the command service assigns it.
/// </summary>
internal sealed record StartCharging(string IdToken, string? IdTokenType, int? EvseId, int? ConnectorId) : ChargerCommand
{
    public override string Name => "StartCharging";

    public int RemoteStartId { get; init; }

    /// <summary>An optional TxProfile sent with the request (1.6 §5.11, 2.x F01.FR.08).</summary>
    public ChargingProfile? ChargingProfile { get; init; }
}
