namespace SharpCharge.Csms.Domain.Events;

internal enum MessageDirection
{
    /// <summary>Charger to central system.</summary>
    Incoming,

    /// <summary>Central system to charger.</summary>
    Outgoing,
}
