namespace SharpCharge.Csms.Domain.Commands;

/// <summary>A 2.x device-model variable: component (with optional instance and EVSE) and variable (with optional instance).</summary>
internal sealed record VariableReference(string Component, string Variable)
{
    public string? ComponentInstance { get; init; }

    public string? VariableInstance { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    /// <summary>Actual (default), Target, MinSet or MaxSet.</summary>
    public string? AttributeType { get; init; }
}
