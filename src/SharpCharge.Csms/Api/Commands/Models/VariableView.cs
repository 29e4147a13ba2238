namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary>One 2.x variable as the charger reported it: its status (Accepted, UnknownVariable, RebootRequired, ...) and value.</summary>
internal sealed record VariableView(string Component, string Variable, string Status)
{
    public string? ComponentInstance { get; init; }

    public string? VariableInstance { get; init; }

    public int? EvseId { get; init; }

    public int? ConnectorId { get; init; }

    public string? AttributeType { get; init; }

    public string? Value { get; init; }

    public string? Detail { get; init; }
}
