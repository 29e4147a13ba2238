namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// How to reset. 1.6 knows Soft and Hard, 2.x OnIdle and Immediate: Soft is sent to a 2.x charger as OnIdle and
/// Hard as Immediate, and the other way round for 1.6.
/// </summary>
internal enum ResetKind
{
    Soft,
    Hard,
    OnIdle,
    Immediate,
}
