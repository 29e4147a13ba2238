namespace SharpCharge.Csms.Domain.Authorization;

/// <summary>
/// Token types (2.0.1 IdTokenEnumType; 2.1 allows further strings). 1.6 idTags carry no type: they are stored and
/// shown as <see cref="Central"/>, and a lookup ignores the type, so one stored token serves every version.
/// </summary>
internal static class IdTokenTypes
{
    public const string Central = "Central";
    public const string EMaid = "eMAID";
    public const string Iso14443 = "ISO14443";
    public const string Iso15693 = "ISO15693";
    public const string KeyCode = "KeyCode";
    public const string Local = "Local";
    public const string MacAddress = "MacAddress";
    public const string NoAuthorization = "NoAuthorization";

    /// <summary>2.x CiString36; 1.6 idTags are at most 20 (the protocol library checks the version's limit).</summary>
    public const int MaxValueLength = 36;
}
