using SharpCharge.Station.Configuration;

namespace SharpCharge.Station.DeviceModel;

/// <summary>
/// One attribute of a variable: how it is read and, unless read-only, how it is written. Writes go through a
/// setting (<see cref="StationSettings.TrySet"/>) so they meet the same checks as the 1.6 keys.
/// </summary>
internal sealed record DeviceAttribute(AttributeKind Kind, VariableMutability Mutability, Func<string> Read, Func<string, SettingOutcome>? Write = null)
{
    /// <summary>Survives a reboot: every attribute backed by a setting does.</summary>
    public bool Persistent { get; init; }

    /// <summary>Never changes (identity, hardware facts).</summary>
    public bool Constant { get; init; }
}
