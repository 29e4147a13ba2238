namespace SharpCharge.Station.DeviceModel;

/// <summary>
/// One variable of one component of the 2.x device model (OCPP-NOTES §5.2), with its attributes and characteristics.
/// A component is named by <see cref="Component"/>, its optional instance and its optional EVSE and connector.
/// </summary>
internal sealed record DeviceVariable(string Component, string Variable, VariableDataType DataType, IReadOnlyList<DeviceAttribute> Attributes)
{
    public string? ComponentInstance { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    public string? VariableInstance { get; init; }

    public string? Unit { get; init; }

    public decimal? MinLimit { get; init; }

    public decimal? MaxLimit { get; init; }

    /// <summary>Allowed values of an OptionList or MemberList, comma-separated.</summary>
    public string? ValuesList { get; init; }

    /// <summary>True when some attribute can be written: part of a ConfigurationInventory report.</summary>
    public bool IsConfigurable => Attributes.Any(a => a.Mutability != VariableMutability.ReadOnly);

    public DeviceAttribute? AttributeOf(AttributeKind kind) => Attributes.FirstOrDefault(a => a.Kind == kind);

    public bool IsComponent(string name, string? instance, int? evseId, int? connectorId)
        => string.Equals(Component, name, StringComparison.Ordinal) && ComponentInstance == instance && EvseId == evseId && ConnectorId == connectorId;
}
