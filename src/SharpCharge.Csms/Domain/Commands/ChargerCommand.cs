namespace SharpCharge.Csms.Domain.Commands;

/// <summary>
/// Something the central system asks a charger to do, in words no OCPP version owns. The version adapters turn each
/// command into the message of the charger's version (for example <see cref="StartCharging"/> into a 1.6
/// RemoteStartTransaction or a 2.x RequestStartTransaction).
/// </summary>
internal abstract record ChargerCommand
{
    /// <summary>The command's name as stored in the command history, e.g. "StartCharging".</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The id the charger echoes in the status notifications that follow (firmware, log, reservation); null when
    /// the command has none. The command service fills it in from the command record when the caller gave none.
    /// </summary>
    public virtual int? FollowUpId => null;
}
