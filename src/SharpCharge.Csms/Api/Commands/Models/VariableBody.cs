namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>A 2.x variable (component, variable, optional instances, EVSE and attribute type) and, to set it, its value.</summary>
internal sealed record VariableBody
{
    public string? Component { get; init; }

    public string? Variable { get; init; }

    public string? ComponentInstance { get; init; }

    public string? VariableInstance { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    /// <summary>Actual (default), Target, MinSet or MaxSet.</summary>
    public string? AttributeType { get; init; }

    public string? Value { get; init; }
}
