namespace SharpCharge.Csms.Api.Commands.Models;

/// <summary><c>POST /api/chargers/{id}/password</c>: the charger's new HTTP Basic password, or none to have one generated.</summary>
internal sealed record PasswordBody
{
    public string? Password { get; init; }
}
