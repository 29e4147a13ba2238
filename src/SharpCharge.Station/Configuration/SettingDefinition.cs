namespace SharpCharge.Station.Configuration;

/// <summary>
/// What a setting is: its type, whether the central system may change it, whether a change only applies after a
/// reboot, its bounds and (for lists) the values it may hold. <see cref="WriteOnly"/> values are never reported.
/// </summary>
internal sealed record SettingDefinition(Setting Id, SettingType Type, bool ReadOnly = false)
{
    public bool RebootRequired { get; init; }

    public bool WriteOnly { get; init; }

    public int Min { get; init; }

    public int Max { get; init; } = int.MaxValue;

    /// <summary>For <see cref="SettingType.MemberList"/>: the allowed members.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>Most list members (1.6 …MaxLength keys); 0 = no limit beyond the values themselves.</summary>
    public int MaxItems { get; init; }
}
