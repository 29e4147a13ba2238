namespace SharpCharge.Csms.Domain.Commands;

/// <summary>Cancel a reservation.</summary>
internal sealed record CancelReservation(int ReservationId) : ChargerCommand
{
    public override string Name => "CancelReservation";
}
