namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>PUT /api/chargers/{id}/variables</c> (2.x): the variables to set, each with its value.</summary>
internal sealed record VariablesBody
{
    public IReadOnlyList<VariableBody>? Variables { get; init; }
}
