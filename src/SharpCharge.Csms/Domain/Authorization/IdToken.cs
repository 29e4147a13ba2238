namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>
/// An identifier a driver or vehicle presents: a 1.6 idTag (<see cref="Type"/> null) or a 2.x IdTokenType
/// (<c>idToken</c> + <c>type</c>). Values compare case-insensitively, as both versions define them.
/// </summary>
internal sealed record IdToken(string Value, string? Type = null)
{
    // Tokens identify people: log lines and exception messages show only a prefix.
    public override string ToString() => $"IdToken {{ Value = {IdTokenRedaction.Redact(Value)}, Type = {Type} }}";
}
