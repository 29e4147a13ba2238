namespace SharpCharge.Station.Model;

/// <summary>An EVSE held for one token (or its group) until <see cref="ExpiresAt"/>.</summary>
internal sealed record Reservation(int Id, string IdToken, string? GroupId, DateTimeOffset ExpiresAt)
{
    /// <summary>Tokens compare case-insensitively (1.6 CiString); a token of the same group may use it too.</summary>
    public bool Admits(string idToken, string? groupId)
        => string.Equals(IdToken, idToken, StringComparison.OrdinalIgnoreCase)
           || (GroupId is not null && string.Equals(GroupId, groupId, StringComparison.OrdinalIgnoreCase));
}
